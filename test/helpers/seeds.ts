// The five seed articles and their gold spans, linted once per test run.
import {readFileSync, readdirSync} from 'node:fs'
import type {VFile} from 'vfile'
import {lint} from '../../src/index.js'

export interface GoldSpan {
  file: string
  start: number
  end: number
  quote: string
  tier?: 'required' | 'expected' | 'stretch'
  category?: string
  note?: string
}

const seedsDir = new URL('../../seeds/', import.meta.url)

export const gold = JSON.parse(readFileSync(new URL('../fixtures/expected.json', import.meta.url), 'utf8')) as {
  flag: GoldSpan[]
  clean: GoldSpan[]
}

export const seedNames = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort()

/** The text of a seed, by file name. */
export const seedText = (name: string): string => readFileSync(new URL(name, seedsDir), 'utf8')

let cache: Map<string, {text: string; file: VFile}> | undefined

/** Each seed's text and lint result, with the default config. */
export function lintedSeeds(): Map<string, {text: string; file: VFile}> {
  if (!cache) {
    cache = new Map()
    for (const name of seedNames) {
      const text = seedText(name)
      cache.set(name, {text, file: lint({value: text, path: `seeds/${name}`})})
    }
  }
  return cache
}

export function rangeOfMessage(message: VFile['messages'][number]): [number, number] {
  const place = message.place
  if (place && 'start' in place) return [place.start.offset ?? 0, Math.max(place.end.offset ?? 0, (place.start.offset ?? 0) + 1)]
  return [0, 0]
}

export const overlaps = (range: [number, number], span: GoldSpan): boolean => range[0] < span.end && span.start < range[1]

/** The messages on a seed that overlap a gold span. */
export function hits(span: GoldSpan) {
  const seed = lintedSeeds().get(span.file)
  return (seed?.file.messages ?? []).filter((message) => overlaps(rangeOfMessage(message), span))
}
