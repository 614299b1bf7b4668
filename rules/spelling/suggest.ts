// Suggestions for a misspelt common word, fast enough to run on every flagged
// word (nspell's suggest() takes 90–350 ms a word). The dictionary's lowercase
// words are indexed once per process by length and by the set of letters they
// use: a word two edits away differs in length by at most two and in at most
// four letters of that set, so a scan of the bit masks leaves a few hundred
// words to align. Candidates are ranked by how typists slip (typoCost), how
// common the word is (SUBTLEXus), and whether the story itself uses it.
import {distance} from 'fastest-levenshtein'
import {typoCost} from './distance.js'
import {GB, NO_SUGGEST, US, type Lexicon} from './lexicon.js'

interface Bucket {
  words: string[]
  masks: Int32Array
  bits: Uint8Array
}

const indexes = new WeakMap<Lexicon, Bucket[]>()

/** Build the suggestion index, and warm up the code that scans it, now rather than on the first misspelling. */
export function prepareSuggestions(lexicon: Lexicon): void {
  if (indexes.has(lexicon)) return
  indexFor(lexicon)
  suggestWord(lexicon, US | GB, 'acommodation')
}

/** The dictionaries' lowercase words, bucketed by length; built once per process. */
function indexFor(lexicon: Lexicon): Bucket[] {
  let index = indexes.get(lexicon)
  if (!index) {
    const lists: string[][] = []
    for (const form of lexicon.forms()) {
      if (form !== form.toLowerCase() || form.includes("'") || lexicon.bitsOf(form) & NO_SUGGEST) continue
      ;(lists[form.length] ??= []).push(form)
    }
    index = []
    for (let length = 0; length < lists.length; length++) {
      const words = lists[length] ?? []
      const masks = new Int32Array(words.length)
      const bits = new Uint8Array(words.length)
      for (let i = 0; i < words.length; i++) {
        masks[i] = maskOf(words[i])
        bits[i] = lexicon.bitsOf(words[i])
      }
      index[length] = {words, masks, bits}
    }
    indexes.set(lexicon, index)
  }
  return index
}

const alphabet = 'abcdefghijklmnopqrstuvwxyz'

/** Keeps the commonest candidate that the dictionary accepts in `bits` and may suggest. */
function commonest(lexicon: Lexicon, bits: number): {consider: (candidate: string) => void; best: () => string | undefined} {
  let best: string | undefined
  let bestFrequency = -1
  return {
    consider(candidate) {
      const candidateBits = lexicon.bitsOf(candidate)
      if (!(candidateBits & bits) || candidateBits & NO_SUGGEST) return
      const frequency = lexicon.frequency(candidate)
      if (frequency > bestFrequency) [best, bestFrequency] = [candidate, frequency]
    },
    best: () => best
  }
}

/**
 * The commonest dictionary word that a lowercase `word` is a telltale slip of:
 * two neighbouring letters swapped, a letter doubled or a double letter
 * written once. Unlike arbitrary edits, these rarely turn one real name into
 * another word (Tuttle is one letter from turtle, but not by a slip).
 */
export function slipOf(lexicon: Lexicon, bits: number, word: string): string | undefined {
  const {consider, best} = commonest(lexicon, bits)
  for (let at = 0; at < word.length; at++) {
    const head = word.slice(0, at)
    if (at + 1 < word.length && word[at] !== word[at + 1]) consider(head + word[at + 1] + word[at] + word.slice(at + 2))
    if (word[at] === word[at + 1]) consider(head + word.slice(at + 1))
    else consider(head + word[at] + word.slice(at))
  }
  return best()
}

/**
 * The commonest dictionary word one edit from a lowercase `word`, by trying
 * every edit (a few hundred lookups): cheap enough to ask of every
 * capitalised word that might be a common word at the start of a sentence.
 */
export function nearestByOneEdit(lexicon: Lexicon, bits: number, word: string): string | undefined {
  const {consider, best} = commonest(lexicon, bits)
  for (let at = 0; at <= word.length; at++) {
    const head = word.slice(0, at)
    const tail = word.slice(at)
    if (tail) consider(head + tail.slice(1))
    if (tail.length > 1) consider(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of alphabet) {
      if (tail && letter !== tail[0]) consider(head + letter + tail.slice(1))
      consider(head + letter + tail)
    }
  }
  return best()
}

export interface SuggestOptions {
  /** Words of the story, by lowercase form, with how often it uses them: preferred. */
  story?: ReadonlyMap<string, number>
  /** Further lowercase words to consider (a vocabulary), besides the dictionary. */
  extra?: Iterable<string>
  /** How many suggestions, best first. */
  max?: number
}

/** Dictionary words for a misspelt common word, best first, cased like it. */
export function suggestWord(lexicon: Lexicon, bits: number, word: string, options: SuggestOptions = {}): string[] {
  const lower = word.toLowerCase()
  const scored = new Map<string, number>()
  const consider = (candidate: string, cost: number): void => {
    if (candidate === lower) return
    const frequency = lexicon.frequency(candidate)
    const inStory = options.story?.get(candidate) ?? 0
    const score = Math.log10(frequency + 1) - 3 * cost + (inStory > 0 ? 2 : 0)
    if (!scored.has(candidate) || scored.get(candidate)! < score) scored.set(candidate, score)
  }
  const limit = lower.length <= 4 ? 1 : 2
  const index = indexFor(lexicon)
  const mask = maskOf(lower)
  for (let length = Math.max(1, lower.length - limit); length <= lower.length + limit; length++) {
    const bucket = index[length]
    if (!bucket) continue
    const {words, masks} = bucket
    for (let i = 0; i < words.length; i++) {
      if (!(bucket.bits[i] & bits) || popcount(masks[i] ^ mask) > 2 * limit) continue
      // Plain Levenshtein (bit-parallel, fast) bounds the weighted cost: a swap counts 2, one more edit 3.
      if (distance(lower, words[i]) > limit + 1) continue
      const cost = typoCost(lower, words[i], limit)
      if (cost <= limit) consider(words[i], cost)
    }
  }
  for (const candidate of options.extra ?? []) {
    const cost = typoCost(lower, candidate, limit)
    if (cost <= limit) consider(candidate, cost)
  }
  const ranked = [...scored].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  // Alternatives far behind the best (an edit more, or a hundred times rarer) are noise.
  return ranked
    .filter(([, score]) => score >= ranked[0][1] - 2)
    .slice(0, options.max ?? 3)
    .map(([candidate]) => caseLike(word, candidate))
}

/** `candidate` with the capitalisation of `word` (Sentence case or ALL CAPS). */
export function caseLike(word: string, candidate: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return candidate.toUpperCase()
  if (/^\p{Lu}/u.test(word)) return candidate.charAt(0).toUpperCase() + candidate.slice(1)
  return candidate
}

function maskOf(word: string): number {
  let mask = 0
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6))
  }
  return mask
}

function popcount(value: number): number {
  value -= (value >>> 1) & 0x55555555
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333)
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
