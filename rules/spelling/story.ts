// What the spelling rules know about one story: its words, how often it uses
// each spelling, its dialect, and a verdict on every word. The verdicts are
// shared, so that spelling-unknown-word and consistency-spelling agree on which
// words are typos and never report one word twice. Computed once per document
// and settings.
import type {Shared} from '../../src/config.js'
import type {Document} from '../../src/document.js'
import {dialectEvidence, storyVariety, type DialectEvidence} from './dialect.js'
import {editDistance} from './distance.js'
import {bitOf, formOf, getLexicon, GB, US, type Lexicon, type Variety} from './lexicon.js'
import {caseLike, nearestByOneEdit, slipOf, suggestWord} from './suggest.js'
import {vocabularyFor, type Vocabulary} from './vocabulary.js'
import {wordsOf, type Word} from './words.js'

export type Verdict =
  /** A dictionary or vocabulary word. */
  | {kind: 'known'}
  /** An unknown capitalised word taken for a name. */
  | {kind: 'name'}
  /** On the project's reject list. */
  | {kind: 'rejected'}
  /** A typo of a common word, or of a name the story or the vocabulary spells otherwise. */
  | {kind: 'typo'; of: 'word' | 'name'; suggestions: () => string[]}

export interface Story {
  readonly lexicon: Lexicon
  readonly vocabulary: Vocabulary
  readonly words: readonly Word[]
  /** How often the story uses each spelling (possessive 's removed). */
  readonly counts: ReadonlyMap<string, number>
  /** The story's words by spelling (possessive 's removed), in order. */
  readonly occurrences: ReadonlyMap<string, readonly Word[]>
  readonly evidence: readonly DialectEvidence[]
  /** The house dialect, or the story's own under `auto`. */
  readonly variety: Variety | undefined
  verdict(word: Word): Verdict
  /** Whether the lexicon, the vocabulary or the story's own capitalised words know `spelling`. */
  knows(spelling: string): boolean
}

const storiesKey = {}

export function storyOf(document: Document, shared: Shared): Story {
  const bySettings = document.memo(storiesKey, () => new Map<string, Story>())
  const key = JSON.stringify([shared.dialect, shared.vocabulary])
  let story = bySettings.get(key)
  if (!story) {
    story = build(document, shared)
    bySettings.set(key, story)
  }
  return story
}

function build(document: Document, shared: Shared): Story {
  const lexicon = getLexicon()
  const vocabulary = vocabularyFor(shared.vocabulary)
  const words = wordsOf(document)
  const counts = new Map<string, number>()
  const occurrences = new Map<string, Word[]>()
  for (const word of words) {
    const base = word.base
    counts.set(base, (counts.get(base) ?? 0) + 1)
    const list = occurrences.get(base)
    if (list) list.push(word)
    else occurrences.set(base, [word])
  }
  const evidence = dialectEvidence(lexicon, words)
  const variety = storyVariety(shared.dialect, evidence)
  const suggestionBits = variety ? bitOf(variety) : US | GB
  const verdicts = new Map<string, Verdict>()
  // Only suggestions need counts by lowercase spelling; most stories ask for none.
  let lowercase: Map<string, number> | undefined
  const lowerCounts = (): Map<string, number> => {
    if (lowercase) return lowercase
    lowercase = new Map()
    for (const [spelling, uses] of counts) {
      const lower = spelling.toLowerCase()
      lowercase.set(lower, (lowercase.get(lower) ?? 0) + uses)
    }
    return lowercase
  }

  const knowsSpelling = (spelling: string): boolean =>
    formOf(lexicon, spelling, US | GB) !== undefined || vocabulary.accepts(spelling) || knownWithoutAccents(lexicon, vocabulary, spelling)

  // A lowercase word that the story, a dictionary or the vocabulary knows capitalised
  // is a name written in lowercase (tags, keywords), not a misspelling.
  const knowsCapitalised = (spelling: string): boolean => {
    const capitalised = spelling.charAt(0).toUpperCase() + spelling.slice(1)
    return (counts.get(capitalised) ?? 0) > 0 || knowsSpelling(capitalised)
  }

  const judge = (word: Word): Verdict => {
    const {text, base} = word
    if (vocabulary.rejects(text) || vocabulary.rejects(base)) return {kind: 'rejected'}
    if (knowsSpelling(text) || knowsSpelling(base) || (word.solid && knowsSpelling(word.solid))) return {kind: 'known'}
    if (/^\p{Lu}/u.test(base)) {
      const name = nameNearMiss(base)
      if (name) return {kind: 'typo', of: 'name', suggestions: () => [name]}
      if (word.initial && !usedMidSentence(base)) {
        const common = commonWordNearMiss(base)
        if (common) return {kind: 'typo', of: 'word', suggestions: () => [common]}
      }
      return {kind: 'name'}
    }
    if (knowsCapitalised(base)) return {kind: 'known'}
    if (base.length < 3) return {kind: 'known'}
    const suggestions = (): string[] => suggestWord(lexicon, suggestionBits, base, {story: lowerCounts(), extra: vocabulary.lowercase})
    if (base.length === 3 && !isSwap(base, nearestByOneEdit(lexicon, suggestionBits, base))) return {kind: 'known'}
    let cached: string[] | undefined
    return {kind: 'typo', of: 'word', suggestions: () => (cached ??= suggestions())}
  }

  // A well-known name, or one the story uses more often, one slip away.
  let capitalised: Array<[string, number]> | undefined
  const nameNearMiss = (name: string): string | undefined => {
    const own = counts.get(name) ?? 0
    let best: string | undefined
    let bestScore = -Infinity
    const consider = (candidate: string, uses: number, wellKnown: boolean): void => {
      if (candidate === name) return
      if (uses >= 2 && uses > own) {
        if (!nearMissOfName(name, candidate)) return
      } else if (!wellKnown || own > 1 || !slipOfName(name, candidate)) return
      const score = uses * 10 - editDistance(name, candidate)
      if (score > bestScore) [best, bestScore] = [candidate, score]
    }
    capitalised ??= [...counts].filter(([spelling]) => /^\p{Lu}/u.test(spelling) && !vocabulary.rejects(spelling))
    for (const [spelling, uses] of capitalised) consider(spelling, uses, false)
    for (const spelling of vocabulary.names) consider(spelling, counts.get(spelling) ?? 0, true)
    return best
  }

  const usedMidSentence = (name: string): boolean => occurrences.get(name)?.some((other) => !other.initial) ?? false

  // A capitalised word at the start of a sentence is a name unless it is one
  // edit from a word the story itself writes in lowercase, or a telltale slip
  // (swap, doubled or undoubled letter) of a common word. Any one edit would be
  // too loose: names sit one letter from words (Tuttle, Farage, Barnier).
  const lowercaseWords = [...new Set(words.filter((word) => word.base === word.base.toLowerCase()).map((word) => word.base))]
  const commonWordNearMiss = (capitalised: string): string | undefined => {
    const lower = capitalised.toLowerCase()
    if (lower.length < 5) return undefined
    const own = lower.length < 6 ? undefined : lowercaseWords.find((word) => Math.abs(word.length - lower.length) <= 1 && editDistance(lower, word, 1) === 1 && knowsSpelling(word))
    const best = own ?? slipOf(lexicon, suggestionBits, lower)
    if (!best || (!own && lexicon.frequency(best) < 50)) return undefined
    return caseLike(capitalised, best)
  }

  return {
    lexicon,
    vocabulary,
    words,
    counts,
    occurrences,
    evidence,
    variety,
    knows: knowsSpelling,
    verdict(word) {
      const wordKey = key(word)
      let verdict = verdicts.get(wordKey)
      if (!verdict) {
        verdict = judge(word)
        verdicts.set(wordKey, verdict)
      }
      return verdict
    }
  }
}

/** Words with the same key get the same verdict. Most words are neither initial nor compound: their text is their key. */
function key(word: Word): string {
  return word.initial || word.solid ? `${word.text}\u0000${word.initial ? 1 : 0}\u0000${word.solid ?? ''}` : word.text
}

/**
 * Whether `name` reads as a slip for `other`: one edit (two for long names),
 * same first and last letter, and not a form of it (Putins, Kolesnikova for
 * Kolesnikov, Abbasi for Abbas differ at an end).
 */
export function nearMissOfName(name: string, other: string): boolean {
  if (name.length < 5 || other.length < 5) return false
  if (name[0] !== other[0] || name.at(-1) !== other.at(-1)) return false
  if (name.startsWith(other) || other.startsWith(name)) return false
  const limit = Math.min(name.length, other.length) >= 8 ? 2 : 1
  const distance = editDistance(name, other, limit)
  return distance >= 1 && distance <= limit
}

/**
 * Whether `name`, used once, reads as a slip for a well-known name that the
 * story never writes: a letter added, dropped or swapped. Not one letter for
 * another: real names differ that way (Bekele and Bukele, Maria and Mario).
 */
function slipOfName(name: string, known: string): boolean {
  if (!nearMissOfName(name, known) || editDistance(name, known, 1) !== 1) return false
  return name.length !== known.length || isSwap(name, known)
}

function isSwap(word: string, candidate: string | undefined): boolean {
  if (candidate === undefined || word.length !== candidate.length) return false
  const differ = [...word].flatMap((letter, index) => (letter === candidate[index] ? [] : [index]))
  return differ.length === 2 && differ[1] === differ[0] + 1 && word[differ[0]] === candidate[differ[1]] && word[differ[1]] === candidate[differ[0]]
}

function knownWithoutAccents(lexicon: Lexicon, vocabulary: Vocabulary, spelling: string): boolean {
  const plain = spelling.normalize('NFD').replace(/\p{M}/gu, '')
  return plain !== spelling && (vocabulary.accepts(plain) || formOf(lexicon, plain, US | GB) !== undefined)
}
