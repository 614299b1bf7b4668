// Embeds plain-text examples in Markdown and HTML, keeping a map from each
// character of the text to its offset in the embedding, so that a test can say
// exactly where a message must land in the wrapped source.
import type {Format} from '../../src/format.js'

export interface Embedded {
  source: string
  /** Offset in `source` of each character of the text (and one past the end). */
  map: number[]
}

const markdownPrefix = '# Example\n\n'
const htmlPrefix = '<!doctype html>\n<html lang="en"><body>\n'
const escapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}

export function embed(text: string, format: Format): Embedded {
  if (format === 'text') return {source: text, map: [...Array(text.length + 1).keys()]}
  if (format === 'markdown') return {source: markdownPrefix + text, map: [...Array(text.length + 1).keys()].map((i) => i + markdownPrefix.length)}
  let source = htmlPrefix
  const map: number[] = []
  const paragraphs = text.split(/(\n\s*\n)/)
  let index = 0
  for (const [n, part] of paragraphs.entries()) {
    if (n % 2 === 1) {
      // A blank-line separator: close one paragraph, open the next.
      for (let k = 0; k < part.length; k++) map[index + k] = source.length
      source += '</p>\n<p>'
    } else {
      source += n === 0 ? '<p>' : ''
      for (const char of part) {
        map.push(source.length)
        source += escapes[char] ?? char
      }
    }
    index += part.length
  }
  map[text.length] = source.length
  source += '</p>\n</body></html>\n'
  return {source, map}
}

/** Start offset of the `occurrence`-th `quote` in `text`, or -1. */
export function find(text: string, quote: string, occurrence = 0): number {
  let at = -1
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(quote, at + 1)
    if (at === -1) return -1
  }
  return at
}
