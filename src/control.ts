// Inline control in formats with comments (Markdown, HTML):
//   <!-- lint-news-disable [rule-id ...] -->            off from here on
//   <!-- lint-news-enable [rule-id ...] -->             on again
//   <!-- lint-news-disable-next-line [rule-id ...] -->  off for the next non-blank line
// With no ids, a comment applies to every rule.
import type {VFile} from 'vfile'
import type {Format} from './format.js'

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line'
  ids: string[]
  /** Source offset where the directive takes effect. */
  at: number
  /** For disable-next-line: the line it silences (1-based). */
  line: number
}

const comment = /<!--\s*lint-news-(disable-next-line|disable|enable)\b([^]*?)-->/g

export function directives(source: string): Directive[] {
  const found: Directive[] = []
  for (const match of source.matchAll(comment)) {
    const end = match.index + match[0].length
    found.push({
      kind: match[1] as Directive['kind'],
      ids: match[2].split(/[\s,]+/).filter(Boolean),
      at: end,
      line: nextContentLine(source, end)
    })
  }
  return found
}

/** Drop messages that inline comments switch off. */
export function applyInlineControl(file: VFile, source: string, format: Format): void {
  if (format === 'text' || !source.includes('lint-news-')) return
  const list = directives(source)
  if (list.length === 0) return
  file.messages = file.messages.filter((message) => {
    const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const line = message.place && 'start' in message.place ? message.place.start.line : message.line
    return !silenced(list, message.ruleId ?? '', offset ?? 0, line ?? 0)
  })
}

function silenced(list: Directive[], id: string, offset: number, line: number): boolean {
  let off = false
  for (const directive of list) {
    const applies = directive.ids.length === 0 || directive.ids.includes(id)
    if (!applies) continue
    if (directive.kind === 'disable-next-line') {
      if (directive.line === line) return true
    } else if (directive.at <= offset) {
      off = directive.kind === 'disable'
    }
  }
  return off
}

function nextContentLine(source: string, from: number): number {
  let line = 1
  for (let index = 0; index < from; index++) if (source.charCodeAt(index) === 10) line++
  let index = source.indexOf('\n', from)
  while (index !== -1) {
    line++
    const next = source.indexOf('\n', index + 1)
    const text = source.slice(index + 1, next === -1 ? source.length : next)
    if (text.trim() !== '') return line
    index = next
  }
  return line + 1
}
