// The one place that builds a lint-news message, so every rule's messages carry
// the same fields: ruleId, source, place (start and end), actual, expected, url.
import type {VFile} from 'vfile'
import type {Document, Range} from './document.js'
import type {RuleMeta, Severity} from './rule.js'
import {docsBase} from './rule.js'

export const source = 'lint-news'

export interface Related {
  start: number
  end: number
  message: string
}

export interface ReportExtra {
  /** Replacements for the flagged text, best first. `''` means delete it. */
  expected?: string[]
  /** A longer explanation shown under the reason. */
  note?: string
  /** Other places the message refers to (the first copy of a duplicate). */
  related?: Related[]
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** Other places this message refers to, as source ranges. */
    related?: Array<{start: Point; end: Point; message: string}>
  }
}

interface Point {
  line: number
  column: number
  offset: number
}

export function report(
  file: VFile,
  document: Document,
  meta: RuleMeta,
  severity: Severity,
  range: Range,
  reason: string,
  extra: ReportExtra = {}
): void {
  const start = document.pointAt(range.start)
  const end = document.pointAt(Math.max(range.end, range.start))
  // A message is an Error: making one captures a stack trace, which
  // vfile-message then blanks. Skipping the capture halves the cost.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message
  try {
    message = file.message(reason, {place: {start, end}, ruleId: meta.id, source})
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.fatal = severity === 'error' ? true : false
  message.actual = document.source.slice(start.offset, end.offset)
  if (extra.expected) message.expected = extra.expected
  if (extra.note) message.note = extra.note
  if (extra.related) {
    message.related = extra.related.map((item) => ({
      start: document.pointAt(item.start),
      end: document.pointAt(item.end),
      message: item.message
    }))
  }
  message.url = docsBase + meta.id
}
