// Turns text, Markdown or HTML into one nlcst tree whose positions point into
// the original source. Each block is parsed on its own: parse-latin is
// quadratic in the length of the string it is given, so parsing paragraph by
// paragraph keeps the whole document linear.
import type {Root as HastRoot} from 'hast'
import type {Link, Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {Node, Root, RootContent} from 'nlcst'
import {fromHtml} from 'hast-util-from-html'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfm} from 'micromark-extension-gfm'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Format} from './format.js'
import {textBlocks} from './text-blocks.js'

type Location = ReturnType<typeof location>

/** Parse `source` as `format` into nlcst with positions into `source`. */
export function parse(source: string, format: Format): Root {
  const place = location(source)
  const children =
    format === 'markdown'
      ? parseMarkdown(source, place)
      : format === 'html'
        ? parseHtml(source)
        : parseText(source, place)
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

const markdownBlocks = new Set(['paragraph', 'heading'])

function parseMarkdown(source: string, place: Location): RootContent[] {
  const tree = fromMarkdown(source, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])]
  })
  const parser = new ParseEnglish()
  const children: RootContent[] = []
  const visit = (node: MdastNodes): void => {
    if (markdownBlocks.has(node.type) && node.position) {
      // mdast-util-to-nlcst indexes the lines of the whole file it is given,
      // so each block gets a file of its own slice, and is moved back after.
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? start
      markUrlLiterals(node)
      moveOffsets(node, -start)
      const root = mdastToNlcst(node, new VFile(source.slice(start, end)), parser, {ignore: ['html'], source: ['inlineCode', urlLiteral]})
      for (const child of root.children) {
        if (child.type !== 'ParagraphNode') continue
        shift(child, start, place)
        children.push(child)
      }
    } else if ('children' in node && node.type !== 'table') {
      for (const child of node.children) visit(child)
    }
  }
  visit(tree as MdastRoot)
  return children
}

function moveOffsets(node: MdastNodes, by: number): void {
  if (node.position) {
    node.position.start.offset = (node.position.start.offset ?? 0) + by
    node.position.end.offset = (node.position.end.offset ?? 0) + by
  }
  if ('children' in node) for (const child of node.children) moveOffsets(child, by)
}

// A link whose text is its own address (an autolink or a bare URL) is source,
// not prose: no rule should read "https" as a word.
const urlLiteral = 'urlLiteral'

function markUrlLiterals(node: MdastNodes): void {
  if (node.type === 'link' && isUrlLiteral(node)) {
    ;(node as {type: string}).type = urlLiteral
    return
  }
  if ('children' in node) for (const child of node.children) markUrlLiterals(child)
}

function isUrlLiteral(node: Link): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (!only || only.type !== 'text') return false
  const text = only.value
  return node.url === text || node.url === 'mailto:' + text || node.url === 'http://' + text
}

function parseHtml(source: string): RootContent[] {
  const tree: HastRoot = fromHtml(source, {onerror: undefined})
  const root = hastToNlcst(tree, new VFile(source), new ParseEnglish())
  return root.children
}

/**
 * Move a subtree parsed from a slice to the slice's place in the document.
 * This runs for every token, so it allocates as little as it can: leaf
 * points are moved in place (parse-latin gives every leaf its own two point
 * objects), and each parent takes its first and last leaf's points. On the
 * slice's first line a point moves by the slice's column too.
 */
function shift(node: Node, by: number, place: Location): void {
  const origin = place.toPoint(by)
  if (!origin) return
  const move = (point: {line: number; column: number; offset?: number}): void => {
    if (point.line === 1) point.column += origin.column - 1
    point.line += origin.line - 1
    point.offset = (point.offset ?? 0) + by
  }
  // The tree of a long document is most of lint-news' memory, so nodes share
  // point objects where they can: a leaf ends where the next begins, and a
  // parent of one child (a word of one text node) takes its position.
  let previous: {line: number; column: number; offset?: number} | undefined
  const walk = (current: Node): void => {
    if ('children' in current) {
      const children = current.children as Node[]
      for (const child of children) walk(child)
      const first = children[0]?.position
      const last = children.at(-1)?.position
      current.position = children.length === 1 ? first : first && last ? {start: first.start, end: last.end} : undefined
    } else if (current.position) {
      const {start, end} = current.position
      if (previous && previous.offset === (start.offset ?? 0) + by) current.position.start = previous
      else move(start)
      move(end)
      previous = end
    }
  }
  walk(node)
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

