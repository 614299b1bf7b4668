// Duplicate detection on a long document: 10,000 paragraphs, some repeated
// exactly, some with a word changed. The target is the rules' own time (the
// run with them on, less the parse-only run), since parsing is shared by all.
import type {Row} from '../bench.js'
import {resolveConfig} from '../../src/config.js'
import {lint} from '../../src/index.js'
import {lintInSections} from '../../src/lint.js'
import {rules} from '../../rules/index.js'

const paragraphs = 10_000
const targetSeconds = 1

const vocabulary = (
  'the minister said police would investigate reports of violence in several districts after protesters ' +
  'gathered near the square on sunday evening despite a ban announced by officials earlier in the week while ' +
  'opposition leaders called for calm and international observers urged restraint from security forces'
).split(' ')

export default async function (): Promise<Row[]> {
  const text = document()
  const off = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off' as const]))
  const only = (ids: string[]) => ({rules: {...off, ...Object.fromEntries(ids.map((id) => [id, 'warn' as const]))}})
  // Parsed whole, as the duplicate rules need it: with every rule off, lint()
  // would check the document in sections, which costs less than the parse
  // those rules pay for, and the difference would be charged to them.
  const parseOnly = resolveConfig({input: only([])})
  const parse = best(() => lintInSections({value: text, format: 'text'}, parseOnly, Infinity))
  let found = 0
  const withRules = best(() => {
    found = lint({value: text, format: 'text'}, only(['duplicate-paragraph', 'duplicate-sentence'])).messages.length
  })
  const own = Math.max(0, withRules - parse)
  return [
    {name: `lint ${paragraphs.toLocaleString('en')} paragraphs, all rules off (parse)`, value: parse, unit: 's'},
    {name: 'same, with duplicate-paragraph and duplicate-sentence', value: withRules, unit: 's'},
    {name: 'duplicate rules’ own time', value: own, unit: 's', target: `≤ ${targetSeconds} s`, ok: own <= targetSeconds},
    {name: 'copies reported', value: found, unit: ''}
  ]
}

/** Best of three runs, in seconds: the least disturbed by the rest of the machine. */
function best(run: () => void): number {
  let fastest = Infinity
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    run()
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest / 1000
}

/** Random paragraphs from a fixed seed; every 50th repeats an earlier one, every 70th with a word changed. */
function document(): string {
  // mulberry32: 32-bit integer steps, so the sequence does not cycle early.
  let seed = 42
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
  const list: string[] = []
  for (let index = 0; index < paragraphs; index++) {
    if (index > 0 && index % 50 === 0) {
      list.push(list[Math.floor(random() * index)])
      continue
    }
    if (index > 0 && index % 70 === 0) {
      const words = list[Math.floor(random() * index)].split(' ')
      words[Math.floor(random() * (words.length - 1))] = 'reportedly'
      list.push(words.join(' '))
      continue
    }
    const words: string[] = []
    const length = 20 + Math.floor(random() * 30)
    for (let word = 0; word < length; word++) words.push(vocabulary[Math.floor(random() * vocabulary.length)])
    list.push(words.join(' ').replace(/^./, (first) => first.toUpperCase()) + '.')
  }
  return list.join('\n\n')
}
