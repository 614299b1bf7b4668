// The words a spelling check looks at, with their places. Whole
// whitespace-separated chunks that are not prose are skipped: URLs, e-mail
// addresses, @handles, #hashtags, paths and file names, and anything with a
// digit (model names, dates, scores). Inside a chunk, hyphens and other
// punctuation split words, so each part of a compound is checked alone.
import type {Block, Document} from '../../src/document.js'

export interface Word {
  /** The word with typographic apostrophes made straight, as dictionaries spell it. */
  text: string
  block: Block
  /** Index of the word in `block.text`. */
  from: number
  to: number
  /**
   * Capitalised by position rather than by being a name: first of its
   * sentence, or in a Title Case line. Such a word may be a common word.
   */
  initial: boolean
}

// Characters that mark a chunk as code, an address, a path or a handle.
const notProse = /[\d@#/\\_=<>{}|~^*+%$&[\]]|[\p{Ll}]\.[\p{Ll}]|^(?:www\.|[a-z]+:)/u
const wordPattern = /\p{L}[\p{L}\p{M}'’]*/gu
// Latin letters only: other scripts have no dictionary here.
const latin = /^[A-Za-z\u00C0-\u024F'’]+$/
const openers = /^[\s"'“‘(\[«•*–—-]*$/

const cache = new WeakMap<Document, Word[]>()

/** The document's checkable words, in order; computed once per document. */
export function wordsOf(document: Document): Word[] {
  let words = cache.get(document)
  if (!words) {
    words = []
    for (const block of document.blocks) collect(block, words)
    cache.set(document, words)
  }
  return words
}

function collect(block: Block, words: Word[]): void {
  const starts = sentenceStarts(block)
  const titleLines = titleCaseLines(block)
  const chunks = /\S+/g
  let chunk: RegExpExecArray | null
  while ((chunk = chunks.exec(block.text))) {
    if (notProse.test(chunk[0])) continue
    wordPattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = wordPattern.exec(chunk[0]))) {
      const raw = match[0].replace(/['’]+$/, '')
      if (raw.length < 2 || !latin.test(raw)) continue
      // ALL CAPS (acronyms, credit lines) and inner capitals (brands: iPhone, McCain) are names.
      if (raw === raw.toUpperCase() || /\p{Ll}\p{Lu}/u.test(raw)) continue
      const from = chunk.index + match.index
      const to = from + raw.length
      const initial = titleLines.some(([start, end]) => from >= start && from < end) || isSentenceStart(block.text, from, starts)
      words.push({text: raw.replace(/’/g, "'"), block, from, to, initial})
    }
  }
}

function sentenceStarts(block: Block): number[] {
  const starts = block.sentences.map((sentence) => sentence.from)
  return starts.length > 0 ? starts : [0]
}

/** Whether only quotes, brackets, bullets and dashes stand between a sentence (or line, or colon) start and `at`. */
function isSentenceStart(text: string, at: number, starts: number[]): boolean {
  let start = 0
  for (const candidate of starts) if (candidate <= at) start = candidate
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const colon = text.lastIndexOf(':', at - 1) + 1
  return openers.test(text.slice(Math.max(start, lineStart, colon), at))
}

/** Ranges of lines where most words are capitalised: headlines in Title Case. */
function titleCaseLines(block: Block): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const line of block.lines) {
    const words = line.text.match(/\p{L}{4,}/gu) ?? []
    if (words.length < 3) continue
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
    if (capitalised / words.length >= 0.7) ranges.push([line.from, line.from + line.text.length])
  }
  return ranges
}
