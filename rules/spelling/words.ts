// The words a spelling check looks at, with their places. Whole
// whitespace-separated chunks that are not prose are skipped: URLs, e-mail
// addresses, @handles, #hashtags, paths and file names, and anything with a
// digit (model names, dates, scores), and inline code. Inside a chunk, hyphens and other
// punctuation split words, so each part of a compound is checked alone.
import type {Node} from 'nlcst'
import type {Block, Document} from '../../src/document.js'

export interface Word {
  /** The word with typographic apostrophes made straight, as dictionaries spell it. */
  text: string
  /** `text` without a possessive `'s` (or the bare `'` of a plural possessive). */
  base: string
  block: Block
  /** Index of the word in `block.text`. */
  from: number
  to: number
  /**
   * Capitalised by position rather than by being a name: first of its
   * sentence, or in a Title Case line. Such a word may be a common word.
   */
  initial: boolean
  /** For a part of a hyphenated compound, the compound written solid ("coordinating" for "co-ordinating"). */
  solid?: string
}

// Characters that mark a chunk as code, an address, a path or a handle.
const notProse = /[\d@#/\\_=<>{}|~^*+%$&[\]]|[\p{Ll}]\.[\p{Ll}]|^(?:www\.|[a-z]+:)/u
const compoundPattern = /\p{L}[\p{L}\p{M}'’]*(?:[-‐]\p{L}[\p{L}\p{M}'’]*)*/gu
const partPattern = /\p{L}[\p{L}\p{M}'’]*/gu
// Latin letters only: other scripts have no dictionary here.
const latin = /^[A-Za-z\u00C0-\u024F'’]+$/
const openers = /^[\s"'“‘(\[«•*–—-]*$/
const capital = /^\p{Lu}/u
const lowercase = /\p{Ll}/u
const innerCapital = /\p{Ll}\p{Lu}/u

const wordsKey = {}

/** The document's checkable words, in order; computed once per document. */
export function wordsOf(document: Document): Word[] {
  return document.memo(wordsKey, () => {
    const words: Word[] = []
    for (const block of document.blocks) collect(block, words)
    return words
  })
}

function collect(block: Block, words: Word[]): void {
  const starts = block.sentences.map((sentence) => sentence.from)
  let sentence = 0
  const titleLines = titleCaseLines(block)
  const code = codeRanges(block)
  const chunks = /\S+/g
  let chunk: RegExpExecArray | null
  while ((chunk = chunks.exec(block.text))) {
    if (notProse.test(chunk[0])) continue
    const start = chunk.index
    const end = start + chunk[0].length
    if (code.length > 0 && code.some(([from, to]) => from < end && start < to)) continue
    compoundPattern.lastIndex = 0
    let compound: RegExpExecArray | null
    while ((compound = compoundPattern.exec(chunk[0]))) {
      const at = chunk.index + compound.index
      // Most compounds are one plain word: that is its only part.
      if (!/[-‐]/.test(compound[0])) {
        addWord(compound[0], at)
        continue
      }
      const solid = compound[0].length > 2 ? compound[0].replace(/[-‐]/g, '').replace(/’/g, "'") : undefined
      partPattern.lastIndex = 0
      let part: RegExpExecArray | null
      while ((part = partPattern.exec(compound[0]))) addWord(part[0], at + part.index, solid)
    }
  }

  function addWord(part: string, from: number, solid?: string): void {
    const raw = part.replace(/['’]+$/, '')
    if (raw.length < 2 || !latin.test(raw)) return
    // ALL CAPS (acronyms, credit lines) and inner capitals (brands: iPhone, McCain) are names.
    if (!lowercase.test(raw) || innerCapital.test(raw)) return
    while (sentence + 1 < starts.length && starts[sentence + 1] <= from) sentence++
    // Only a capital can come from position; lowercase words skip the look back.
    const initial =
      capital.test(raw) &&
      ((titleLines.length > 0 && titleLines.some(([start, end]) => from >= start && from < end)) || isSentenceStart(block.text, from, starts[sentence] ?? 0))
    const text = raw.replace(/’/g, "'")
    words.push({text, base: text.replace(/'s?$/, ''), block, from, to: from + raw.length, initial, solid})
  }
}

/** Whether only quotes, brackets, bullets and dashes stand between the start of the sentence (or line, or a colon) and `at`. */
function isSentenceStart(text: string, at: number, sentenceStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const colon = text.lastIndexOf(':', at - 1) + 1
  return openers.test(text.slice(Math.max(sentenceStart, lineStart, colon), at))
}

/** Where inline code (`code`, <code>) sits in the block's text. */
function codeRanges(block: Block): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let offset = 0
  const walk = (node: Node): void => {
    if ('children' in node) for (const child of node.children as Node[]) walk(child)
    else if ('value' in node && typeof node.value === 'string' && node.position && node.value.length > 0) {
      if (node.type === 'SourceNode') ranges.push([offset, offset + node.value.length])
      offset += node.value.length
    }
  }
  walk(block.node)
  return ranges
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
