// American and British spellings of one word. A word is a dialect spelling
// when one dictionary knows it, the other does not, and one of the regular
// rewrites (-or/-our, -ize/-ise, -er/-re, -l/-ll, -ense/-ence, -og/-ogue,
// e/ae/oe, …) turns it into a word only the other dictionary knows. Both sides
// must be exclusive, so words that one dictionary merely lacks (place names,
// "amongst", "learnt") never count.
import type {Dialect} from '../../src/config.js'
import {GB, US, type Lexicon, type Variety} from './lexicon.js'
import type {Word} from './words.js'

// American → British rewrites, applied anywhere in the word, once or twice.
const rewrites: ReadonlyArray<readonly [string, string]> = [
  ['or', 'our'],
  ['iz', 'is'],
  ['yz', 'ys'],
  ['er', 're'],
  ['l', 'll'],
  ['ll', 'l'],
  ['ense', 'ence'],
  ['og', 'ogue'],
  ['e', 'ae'],
  ['e', 'oe'],
  ['dgm', 'dgem'],
  ['gray', 'grey'],
  ['num', 'nium'],
  ['paj', 'pyj'],
  ['plow', 'plough'],
  ['mold', 'mould'],
  ['coz', 'cos'],
  ['skep', 'scep'],
  ['must', 'moust'],
  ['key', 'ky'],
  ['lry', 'llery']
]

export interface DialectSpelling {
  variety: Variety
  /** The same word in the other variety. */
  counterpart: string
}

const cache = new WeakMap<Lexicon, Map<string, DialectSpelling | null>>()

/** The variety a lowercase word's spelling belongs to, with its counterpart; undefined for shared or unknown words. */
export function dialectSpelling(lexicon: Lexicon, word: string): DialectSpelling | undefined {
  let known = cache.get(lexicon)
  if (!known) cache.set(lexicon, (known = new Map()))
  let result = known.get(word)
  if (result === undefined) {
    result = find(lexicon, word) ?? null
    known.set(word, result)
  }
  return result ?? undefined
}

function find(lexicon: Lexicon, word: string): DialectSpelling | undefined {
  const bits = lexicon.bitsOf(word) & (US | GB)
  if (bits !== US && bits !== GB) return undefined
  const other = bits === US ? GB : US
  // -ize is American and also Oxford British (The Times uses -ise, Oxford and Nature -ize),
  // so only -ise counts: a British sign that American copy never shows.
  const pairs = bits === US ? rewrites.filter(([us]) => us !== 'iz') : rewrites.map(([us, gb]) => [gb, us] as const)
  for (const once of rewritten(word, pairs)) {
    if ((lexicon.bitsOf(once) & (US | GB)) === other) return {variety: bits === US ? 'en-US' : 'en-GB', counterpart: once}
  }
  for (const once of rewritten(word, pairs)) {
    for (const twice of rewritten(once, pairs)) {
      if ((lexicon.bitsOf(twice) & (US | GB)) === other) return {variety: bits === US ? 'en-US' : 'en-GB', counterpart: twice}
    }
  }
  return undefined
}

function* rewritten(word: string, pairs: ReadonlyArray<readonly [string, string]>): Generator<string> {
  for (const [from, to] of pairs) {
    for (let at = word.indexOf(from); at !== -1; at = word.indexOf(from, at + 1)) yield word.slice(0, at) + to + word.slice(at + from.length)
  }
}

export interface DialectEvidence {
  word: Word
  spelling: DialectSpelling
}

/**
 * The story's dialect spellings. Capitalised words count only at the start of
 * a sentence before a lowercase word: elsewhere they are names, which keep
 * their own spelling (Pearl Harbor, World Health Organization, Labour Party).
 */
export function dialectEvidence(lexicon: Lexicon, words: readonly Word[]): DialectEvidence[] {
  const evidence: DialectEvidence[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    const capitalised = /^\p{Lu}/u.test(word.text)
    if (capitalised) {
      const next = words[index + 1]
      if (!word.initial || !next || next.block !== word.block || /^\p{Lu}/u.test(next.text)) continue
    }
    const spelling = dialectSpelling(lexicon, word.text.toLowerCase())
    if (spelling) evidence.push({word, spelling})
  }
  return evidence
}

/** The variety a story is written in: the house dialect, or under `auto` the majority of its dialect spellings (undefined on a tie). */
export function storyVariety(dialect: Dialect, evidence: readonly DialectEvidence[]): Variety | undefined {
  if (dialect !== 'auto') return dialect
  let us = 0
  let gb = 0
  for (const {spelling} of evidence) spelling.variety === 'en-US' ? us++ : gb++
  return us > gb ? 'en-US' : gb > us ? 'en-GB' : undefined
}
