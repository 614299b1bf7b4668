// Markdown into nlcst: each paragraph and heading is converted on its own
// (prose only: code, HTML and bare URLs are skipped) and moved to its place,
// as the caller reads it: the mdast stays whole, each nlcst block may not.
import type {Link, Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {RootContent} from 'nlcst'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfm} from 'micromark-extension-gfm'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {shift, type Location} from './shift.js'

const markdownBlocks = new Set(['paragraph', 'heading'])

export function* parseMarkdown(source: string, place: Location): Generator<RootContent> {
  const tree = fromMarkdown(source, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])]
  })
  const parser = new ParseEnglish()
  function* visit(node: MdastNodes): Generator<RootContent> {
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
        yield child
      }
    } else if ('children' in node && node.type !== 'table') {
      for (const child of node.children) yield* visit(child)
    }
  }
  yield* visit(tree as MdastRoot)
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
