// The view of a parsed document that rules share: its source, its nlcst tree,
// and its blocks as plain strings that map back to source offsets. When only
// block-scoped rules run, lint() makes one per section of a long document,
// each with the section's tree and blocks and the whole source. Rules that
// match patterns on text use a block's `range()` so that a match inside
// Markdown or HTML still points at the right characters of the original file.
import type {Node, Paragraph, Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Format} from './format.js'
import type {Location} from './shift.js'

/** A half-open range of source offsets, `[start, end)`. */
export interface Range {
  start: number
  end: number
}

export class Block {
  /** The block's prose, as the parser saw it (markup and escapes removed). */
  readonly text: string
  /** Index of this block in `Document.blocks`. */
  readonly index: number
  readonly node: Paragraph
  // Where each leaf's text starts in `text` and in the source. Plain text
  // needs no map: there a block's text is its slice of the source.
  private readonly textStarts: number[] = []
  private readonly sourceStarts: number[] = []
  private readonly sourceEnds: number[] = []
  private readonly base: number | undefined
  private cachedLines: Array<{text: string; from: number}> | undefined
  private cachedSentences: Array<{node: Sentence; text: string; from: number}> | undefined

  constructor(node: Paragraph, index: number, source: string, format: Format) {
    this.node = node
    this.index = index
    if (format === 'text') {
      this.base = node.position?.start.offset ?? 0
      this.text = source.slice(this.base, node.position?.end.offset ?? this.base)
      return
    }
    let text = ''
    walkLeaves(node, (leaf) => {
      if (!leaf.position || leaf.value.length === 0) return
      this.textStarts.push(text.length)
      this.sourceStarts.push(leaf.position.start.offset ?? 0)
      this.sourceEnds.push(leaf.position.end.offset ?? 0)
      text += leaf.value
    })
    this.text = text
  }

  /** Source range of the whole block. */
  get start(): number {
    return this.base ?? this.sourceStarts[0] ?? this.node.position?.start.offset ?? 0
  }

  get end(): number {
    return this.base !== undefined ? this.base + this.text.length : (this.sourceEnds.at(-1) ?? this.node.position?.end.offset ?? 0)
  }

  /** Source offset of the character at `index` in `text` (or just past the end). */
  offsetAt(index: number): number {
    if (this.base !== undefined) return this.base + Math.min(index, this.text.length)
    if (this.textStarts.length === 0) return this.start
    if (index >= this.text.length) return this.end
    let low = 0
    let high = this.textStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.textStarts[middle] <= index) low = middle
      else high = middle - 1
    }
    const within = index - this.textStarts[low]
    return Math.min(this.sourceStarts[low] + within, this.sourceEnds[low])
  }

  /** Source range of `text.slice(from, to)`. */
  range(from: number, to: number): Range {
    if (to <= from) {
      const at = this.offsetAt(from)
      return {start: at, end: at}
    }
    return {start: this.offsetAt(from), end: this.offsetAt(to - 1) + 1}
  }

  /** The block's lines (text split at line breaks), each with its index in `text`. */
  get lines(): Array<{text: string; from: number}> {
    this.cachedLines ??= this.splitLines()
    return this.cachedLines
  }

  private splitLines(): Array<{text: string; from: number}> {
    const result: Array<{text: string; from: number}> = []
    let from = 0
    for (const line of this.text.split('\n')) {
      result.push({text: line.replace(/\r$/, ''), from})
      from += line.length + 1
    }
    return result
  }

  /** The block's sentences, each with its index in `text`. */
  get sentences(): Array<{node: Sentence; text: string; from: number}> {
    this.cachedSentences ??= this.splitSentences()
    return this.cachedSentences
  }

  private splitSentences(): Array<{node: Sentence; text: string; from: number}> {
    const result: Array<{node: Sentence; text: string; from: number}> = []
    let from = 0
    for (const child of this.node.children) {
      const text = this.base !== undefined ? this.sliceOf(child) : leafText(child)
      if (child.type === 'SentenceNode') result.push({node: child, text, from})
      from += text.length
    }
    return result
  }

  private sliceOf(node: Node): string {
    const start = (node.position?.start.offset ?? 0) - this.base!
    const end = (node.position?.end.offset ?? 0) - this.base!
    return this.text.slice(start, end)
  }
}

export class Document {
  readonly source: string
  readonly tree: Root
  readonly format: Format
  private cachedBlocks: Block[] | undefined
  private cachedPlace: Location | undefined
  private readonly memos = new Map<object, unknown>()

  /** `place` indexes the lines of `source`: made once per run, shared by its sections. */
  constructor(source: string, tree: Root, format: Format, place?: Location) {
    this.source = source
    this.tree = tree
    this.format = format
    this.cachedPlace = place
  }

  /** Every paragraph of prose, in document order. */
  get blocks(): Block[] {
    this.cachedBlocks ??= this.tree.children
      .filter((child): child is Paragraph => child.type === 'ParagraphNode')
      .map((node, index) => new Block(node, index, this.source, this.format))
    return this.cachedBlocks
  }

  /**
   * What `build` makes of this document, made once and kept with it: for
   * analyses several rules share (the spelling rules' words, duplicates).
   */
  memo<T>(key: object, build: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, build())
    return this.memos.get(key) as T
  }

  /** Line and column (1-based) of a source offset. */
  pointAt(offset: number): {line: number; column: number; offset: number} {
    this.cachedPlace ??= location(this.source)
    const point = this.cachedPlace.toPoint(offset)
    return point ? {line: point.line, column: point.column, offset} : {line: 1, column: 1, offset}
  }
}

/** Source range of an nlcst node. */
export function rangeOf(node: Node): Range {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

/** The Document that lint() put on the file for every rule to share, or one made for `tree`. */
export function documentFor(tree: Root, file: VFile): Document {
  file.data.document ??= new Document(String(file.value), tree, file.data.format ?? 'text')
  return file.data.document
}

declare module 'vfile' {
  interface DataMap {
    document: Document
  }
}

function walkLeaves(node: Node, visit: (leaf: Node & {value: string}) => void): void {
  if ('children' in node) for (const child of node.children as Node[]) walkLeaves(child, visit)
  else if (typeof (node as {value?: unknown}).value === 'string') visit(node as Node & {value: string})
}

function leafText(node: Node): string {
  let text = ''
  walkLeaves(node, (leaf) => {
    if (leaf.position && leaf.value.length > 0) text += leaf.value
  })
  return text
}
