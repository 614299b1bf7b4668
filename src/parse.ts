// Turns text, Markdown or HTML into one nlcst tree whose positions point into
// the original source. Each block is parsed on its own: parse-latin is
// quadratic in the length of the string it is given, so parsing paragraph by
// paragraph keeps the whole document linear.
import type {Node, Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import type {Format} from './format.js'
import {shift, type Location} from './shift.js'
import {textBlocks} from './text-blocks.js'

/** Parses a whole source into nlcst paragraphs, positioned in that source. */
export type FormatParser = (source: string, place: Location) => RootContent[]

const parsers: Partial<Record<Format, FormatParser>> = {text: parseText}

/**
 * Make `format` parseable. Markdown and HTML bring large parsers (micromark,
 * parse5) that a run on plain text never needs, so they load on first use:
 * loading them up front doubled the CLI's start-up time.
 */
export async function loadParser(format: Format): Promise<void> {
  if (parsers[format]) return
  parsers[format] = format === 'markdown' ? (await import('./parse-markdown.js')).parseMarkdown : (await import('./parse-html.js')).parseHtml
}

/** Parse `source` as `format` into nlcst with positions into `source`. */
export function parse(source: string, format: Format): Root {
  const parser = parsers[format]
  if (!parser) throw new Error(`lint-news: the ${format} parser is not loaded; await loadFormats() first`)
  const place = location(source)
  const children = parser(source, place)
  if (format !== 'text') realign(children, source, place)
  const root: Root = {type: 'RootNode', children}
  const start = place.toPoint(0)
  const end = place.toPoint(source.length)
  if (start && end) root.position = {start, end}
  return root
}

function parseText(source: string, place: Location): RootContent[] {
  const parser = new ParseEnglish()
  const children: RootContent[] = []
  for (const block of textBlocks(source)) {
    const tree = parser.parse(source.slice(block.start, block.end))
    for (const child of tree.children) {
      shift(child, block.start, place)
      children.push(child)
    }
  }
  return children
}

// The mdast and hast converters place each token by adding up lengths from
// the start of its text node. That drifts wherever the source is longer than
// the text it stands for: escapes (`\!`), entities (`&amp;`), and the `> ` or
// indent that continues a quote or list item on a new line. Looking each leaf
// up in the source, a short way ahead of the previous one, puts it back.
const lookahead = 32

function realign(children: RootContent[], source: string, place: Location): void {
  let cursor = 0
  const walk = (node: Node): void => {
    if ('children' in node) {
      const kids = node.children as Node[]
      for (const child of kids) walk(child)
      const first = kids[0]?.position
      const last = kids.at(-1)?.position
      if (first && last) node.position = {start: {...first.start}, end: {...last.end}}
      return
    }
    const value = (node as {value?: string}).value ?? ''
    // Drift only ever makes the source longer than the text, so the real
    // place is at or after both the claimed one and the previous leaf.
    const from = Math.max(cursor, node.position?.start.offset ?? cursor)
    const found = findNear(source, value, from)
    const start = found === -1 ? from : found
    const end = found === -1 ? Math.min(source.length, start + value.length) : found + value.length
    const startPoint = place.toPoint(start)
    const endPoint = place.toPoint(end)
    if (startPoint && endPoint) node.position = {start: startPoint, end: endPoint}
    cursor = end
  }
  for (const child of children) walk(child)
}

function findNear(source: string, value: string, from: number): number {
  if (!value) return from
  for (let at = from; at <= from + lookahead && at < source.length; at++) {
    if (source.startsWith(value, at)) return at
  }
  return -1
}

