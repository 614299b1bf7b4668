// Finding text that repeats: the normal form two copies share, and an index
// that finds an earlier copy of a passage exactly (by its normal form) or
// nearly (a few words changed), without comparing every pair. Near copies are
// found through a bottom-k sketch: each passage is filed under the smallest
// hashes of its word triples, and two passages a few words apart share most
// triples, so almost always one of those smallest few; only passages filed
// together are compared word by word.
import type {Document, Range} from './document.js'
import {lineRange, linesOf, type Line} from './lines.js'

// NFKC is slow and changes nothing in ASCII, typographic quotes and dashes,
// or no-break spaces (which become separators below anyway): most news copy.
const needsNfkc = /[^\x00-\x7F\u00A0\u2010-\u2027]/

/** Words of `text`, case, quote marks, punctuation and spacing normalised away. */
export function normalWords(text: string): string[] {
  const plain = (needsNfkc.test(text) ? text.normalize('NFKC') : text).toLowerCase().replace(/['’‘`´ʼ]/g, '')
  return plain.match(/[\p{L}\p{N}]+/gu) ?? []
}

/** How many changed words still make a near copy of a passage of `length` words. */
export function allowedEdits(length: number): number {
  return Math.min(3, Math.floor(length / 10))
}

// A changed number or negation makes a different statement, not a copy.
const meaningful = /\d|^(?:not|no|never|none|nor|neither|without|dont|doesnt|didnt|isnt|arent|wasnt|werent|wont|wouldnt|cant|cannot|couldnt|shouldnt|hasnt|havent|hadnt|mustnt)$/

export interface Found<T> {
  item: T
  /** Words changed between the copies; 0 for an exact copy. */
  edits: number
}

const sketchSize = 4
// A triple shared by very many passages ("said on thursday") makes a crowded
// bucket; comparing against its first entries only keeps the index linear.
const maxBucket = 48

interface Entry<T> {
  item: T
  words: string[]
}

export class CopyIndex<T> {
  private readonly exact = new Map<string, T>()
  private readonly buckets = new Map<number, Array<Entry<T>>>()

  /**
   * The earliest passage added so far that `words` copies, skipping those
   * `accept` turns down; then files `words` under `item`.
   */
  findAndAdd(words: string[], item: T, accept: (earlier: T) => boolean = () => true): Found<T> | undefined {
    const key = words.join(' ')
    const sketch = sketchOf(words)
    let found: Found<T> | undefined
    const same = this.exact.get(key)
    if (same !== undefined && accept(same)) found = {item: same, edits: 0}
    const limit = allowedEdits(words.length)
    if (!found && limit > 0) found = this.nearest(words, sketch, limit, accept)
    if (same === undefined) this.exact.set(key, item)
    for (const hash of sketch) {
      let bucket = this.buckets.get(hash)
      if (!bucket) this.buckets.set(hash, (bucket = []))
      if (bucket.length < maxBucket) bucket.push({item, words})
    }
    return found
  }

  private nearest(words: string[], sketch: number[], limit: number, accept: (earlier: T) => boolean): Found<T> | undefined {
    let best: Found<T> | undefined
    let bestOrder = Infinity
    const seen = new Set<T>()
    for (const hash of sketch) {
      for (const [order, entry] of (this.buckets.get(hash) ?? []).entries()) {
        if (seen.has(entry.item)) continue
        seen.add(entry.item)
        const bound = Math.min(limit, allowedEdits(entry.words.length))
        if (bound === 0 || Math.abs(entry.words.length - words.length) > bound) continue
        const edits = boundedDistance(entry.words, words, bound)
        if (edits > bound || !sameMeaning(entry.words, words) || !accept(entry.item)) continue
        if (!best || edits < best.edits || (edits === best.edits && order < bestOrder)) {
          best = {item: entry.item, edits}
          bestOrder = order
        }
      }
    }
    return best
  }
}

function sketchOf(words: string[]): number[] {
  const hashes = new Set<number>()
  for (let index = 0; index + 2 < words.length; index++) hashes.add(tripleHash(words[index], words[index + 1], words[index + 2]))
  return [...hashes].sort((a, b) => a - b).slice(0, sketchSize)
}

// FNV-1a, 32 bits, of the three words joined by spaces, without building that string.
function tripleHash(a: string, b: string, c: string): number {
  return fnv(fnv(fnv(fnv(fnv(0x811c9dc5, a), ' '), b), ' '), c) >>> 0
}

function fnv(value: number, text: string): number {
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193)
  return value
}

/** Word-level Levenshtein distance, or `bound + 1` once it must exceed `bound`. */
export function boundedDistance(a: string[], b: string[], bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1
  const over = bound + 1
  let previous = new Array<number>(b.length + 1)
  let current = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j <= bound ? j : over
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - bound)
    const to = Math.min(b.length, i + bound)
    // Only the band around the diagonal is computed; its edges read as out of bound.
    current[0] = i <= bound ? i : over
    if (from > 1) current[from - 1] = over
    if (to < b.length) current[to + 1] = over
    let rowBest = current[0]
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1, over)
      current[j] = value
      if (value < rowBest) rowBest = value
    }
    if (rowBest > bound) return over
    ;[previous, current] = [current, previous]
  }
  return Math.min(previous[b.length], over)
}

/** Whether the words that differ between two near copies are all incidental. */
function sameMeaning(a: string[], b: string[]): boolean {
  const counts = new Map<string, number>()
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1)
  for (const word of b) counts.set(word, (counts.get(word) ?? 0) - 1)
  for (const [word, count] of counts) if (count !== 0 && meaningful.test(word)) return false
  return true
}

/** duplicate-paragraph's default shortest passage, in words. */
export const paragraphMinWords = 8

/** A paragraph, caption or line, as duplicate-paragraph compares them. */
export interface Passage {
  range: Range
  /** Index of its block; a whole block and its own lines never copy each other. */
  block: number
  whole: boolean
  words: string[]
}

export interface Copy {
  passage: Passage
  first: Passage
  edits: number
}

// Both duplicate rules need the paragraph copies of a document (the sentence
// rule to stay off what the paragraph rule reports), so they are found once
// per document and minimum length.
const copiesKey = {}

/**
 * Passages of at least `minWords` words that repeat an earlier passage of the
 * document, in document order. A passage is a block, and each line of a block
 * of several lines (a Markdown paragraph with soft breaks, a caption's title
 * above the caption); lines of a block already found as a copy are not.
 */
export function paragraphCopies(document: Document, minWords: number): Copy[] {
  const byMin = document.memo(copiesKey, () => new Map<number, Copy[]>())
  let copies = byMin.get(minWords)
  if (copies) return copies
  copies = []
  const index = new CopyIndex<Passage>()
  const check = (passage: Passage): boolean => {
    if (passage.words.length < minWords) return false
    const found = index.findAndAdd(passage.words, passage, (earlier) => earlier.block !== passage.block || earlier.whole === passage.whole)
    if (found) copies!.push({passage, first: found.item, edits: found.edits})
    return Boolean(found)
  }
  const allLines = linesOf(document)
  let next = 0
  for (const block of document.blocks) {
    const lines: Line[] = []
    while (next < allLines.length && allLines[next].block === block) lines.push(allLines[next++])
    if (lines.length === 0) continue
    const range = {start: lineRange(lines[0]).start, end: lineRange(lines.at(-1)!).end}
    const whole: Passage = {range, block: block.index, whole: true, words: normalWords(block.text)}
    if (lines.length === 1) {
      check(whole)
      continue
    }
    if (check(whole)) continue
    for (const line of lines) check({range: lineRange(line), block: block.index, whole: false, words: normalWords(line.text)})
  }
  byMin.set(minWords, copies)
  return copies
}
