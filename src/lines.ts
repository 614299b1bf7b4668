// Lines of prose, for rules that judge a line as a whole: scraper residue is
// mostly a page element that landed on a line of its own ("Skip to content",
// "VASILY FEDOSENKO / REUTERS", "01:22"), and a caption printed twice is a
// repeated line. A line here is one line of a block, trimmed, never empty.
import type {Block, Document, Range} from './document.js'

export interface Line {
  block: Block
  /** The trimmed line. */
  text: string
  /** Index of `text` in `block.text`. */
  from: number
  /** Index just past `text` in `block.text`. */
  to: number
  /** Position of the line among the block's lines, counting empty ones. */
  index: number
}

const blank = /[\s\uFEFF]/

const linesKey = {}

/**
 * Every non-empty line of every block, in document order. A dozen rules read
 * them, so they are split and trimmed once per document.
 */
export function linesOf(document: Document): readonly Line[] {
  return document.memo(linesKey, () => document.blocks.flatMap(linesOfBlock))
}

function linesOfBlock(block: Block): Line[] {
  const lines: Line[] = []
  block.lines.forEach((line, index) => {
    // Trimmed by hand: /\s+$/ rescans a long inner run of spaces from every position in it.
    let start = 0
    let end = line.text.length
    while (start < end && blank.test(line.text[start])) start++
    while (end > start && blank.test(line.text[end - 1])) end--
    if (start < end) lines.push({block, text: line.text.slice(start, end), from: line.from + start, to: line.from + end, index})
  })
  return lines
}

/** Source range of a whole line, or of `line.text.slice(from, to)`. */
export function lineRange(line: Line, from = 0, to = line.text.length): Range {
  return line.block.range(line.from + from, line.from + to)
}

/**
 * A list marker that plain text keeps and Markdown strips ("1. ", "2) ",
 * "• "): residue rules match what follows it and report the whole line, so
 * that deleting the report leaves no orphaned number behind.
 */
export const listMarker = /^(?:\d{1,3}[.)]|[-*•·▪►])[ \t\u00A0]+/u
