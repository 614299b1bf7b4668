// HTML into nlcst, through rehype's converter; parse() then realigns each
// token with the source, which the converter places only approximately. The
// converter takes the whole document at once, so an HTML file's tree is made
// whole even when lint() checks it a section at a time.
import type {Root as HastRoot} from 'hast'
import type {RootContent} from 'nlcst'
import {fromHtml} from 'hast-util-from-html'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'

export function parseHtml(source: string): RootContent[] {
  const tree: HastRoot = fromHtml(source, {onerror: undefined})
  const root = hastToNlcst(tree, new VFile(source), new ParseEnglish())
  return root.children
}
