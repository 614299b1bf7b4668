// Turns text, Markdown or HTML into nlcst whose positions point into the
// original source: one tree, or a tree per section made as it is asked for.
// Each block is parsed on its own: parse-latin is quadratic in the length of
// the string it is given, so parsing paragraph by paragraph keeps the whole
// document linear.
import type {Node, Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import type {Format} from './format.js'
import {shift, type Location} from './shift.js'
import {textBlocks} from './text-blocks.js'

/** Parses a whole source into nlcst paragraphs, positioned in that source, in document order. */
export type FormatParser = (source: string, place: Location) => Iterable<RootContent>

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

export interface Parsed {
  /** Line and column lookup for the source, for the whole run to share. */
  place: Location
  /**
   * The document as nlcst roots of consecutive sections, made one by one as
   * they are read: each holds whole paragraphs, about `sectionSize`
   * characters of them. There is always at least one.
   */
  sections: Iterable<Root>
}

/**
 * Parse `source` as `format` into nlcst with positions into `source`. With
 * the default `sectionSize` the whole document is one section. A smaller one
 * lets a caller drop each section's tree before the next is made: a 5 MB
 * file's tree is some 7 million objects, and keeping them all alive costs
 * more in garbage collection than parsing them.
 */
export function parse(source: string, format: Format, sectionSize = Infinity): Parsed {
  const parser = parsers[format]
  if (!parser) throw new Error(`lint-news: the ${format} parser is not loaded; await loadFormats() first`)
  const place = location(source)
  const children = parser(source, place)
  const paragraphs = format === 'text' ? children : realigned(children, source, place)
  return {place, sections: sectionsOf(paragraphs, sectionSize, source, place)}
}

function* sectionsOf(children: Iterable<RootContent>, sectionSize: number, source: string, place: Location): Generator<Root> {
  let section: RootContent[] = []
  let size = 0
  let made = false
  for (const child of children) {
    section.push(child)
    size += (child.position?.end.offset ?? 0) - (child.position?.start.offset ?? 0)
    if (size < sectionSize) continue
    yield rootOf(section)
    made = true
    section = []
    size = 0
  }
  if (section.length > 0 || !made) yield rootOf(section, made ? undefined : {source, place})
}

/** A root spanning its children, or the whole source when it is the only one. */
function rootOf(children: RootContent[], whole?: {source: string; place: Location}): Root {
  const root: Root = {type: 'RootNode', children}
  const start = whole ? whole.place.toPoint(0) : children[0]?.position?.start
  const end = whole ? whole.place.toPoint(whole.source.length) : children.at(-1)?.position?.end
  if (start && end) root.position = {start, end}
  return root
}

function* parseText(source: string, place: Location): Generator<RootContent> {
  const parser = new ParseEnglish()
  for (const block of textBlocks(source)) {
    const tree = parser.parse(source.slice(block.start, block.end))
    for (const child of tree.children) {
      shift(child, block.start, place)
      yield child
    }
  }
}

// The mdast and hast converters place each token by adding up lengths from
// the start of its text node. That drifts wherever the source is longer than
// the text it stands for: escapes (`\!`), entities (`&amp;`), and the `> ` or
// indent that continues a quote or list item on a new line. Looking each leaf
// up in the source, a short way ahead of the previous one, puts it back.
const lookahead = 32

function* realigned(children: Iterable<RootContent>, source: string, place: Location): Generator<RootContent> {
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
  for (const child of children) {
    walk(child)
    yield child
  }
}

function findNear(source: string, value: string, from: number): number {
  if (!value) return from
  for (let at = from; at <= from + lookahead && at < source.length; at++) {
    if (source.startsWith(value, at)) return at
  }
  return -1
}

