// Pure conversions between lint() results and LSP shapes, for src/server.ts.
// Positions go through offsets and TextDocument.positionAt: vfile columns and
// LSP characters both count UTF-16 units, but offsets leave no room for doubt.
import {extname} from 'node:path'
import type {VFileMessage} from 'vfile-message'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
  type WorkspaceEdit
} from 'vscode-languageserver/node'
import {formatOf, isSupportedPath, type Format} from './format.js'
import {source} from './report.js'

const byLanguage: Record<string, Format> = {plaintext: 'text', text: 'text', markdown: 'markdown', html: 'html'}

/** The format of an editor document, or undefined when lint-news does not read it. */
export function formatFor(languageId: string, path: string | undefined): Format | undefined {
  const format = byLanguage[languageId]
  if (format) return format
  return path && isSupportedPath(path) ? formatOf(path) : undefined
}

/** True for the project vocabulary lists: word lists, not copy. */
export function isVocabularyFile(path: string | undefined): boolean {
  return path !== undefined && /[\\/]\.lintnews[\\/][^\\/]+$/.test(path) && extname(path) === '.txt'
}

export function rangeOf(message: VFileMessage, document: TextDocument): Range {
  const place = message.place
  if (place && 'start' in place) {
    const start = pointPosition(place.start, document)
    return {start, end: place.end ? pointPosition(place.end, document) : start}
  }
  const start = pointPosition(place ?? {line: message.line ?? 1, column: message.column ?? 1}, document)
  return {start, end: start}
}

function pointPosition(point: {line: number; column: number; offset?: number}, document: TextDocument): Position {
  if (typeof point.offset === 'number') return document.positionAt(point.offset)
  return {line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1)}
}

export function toDiagnostic(message: VFileMessage, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message, document),
    severity: message.fatal ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source,
    message: message.reason
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  if (message.related?.length) {
    diagnostic.relatedInformation = message.related.map((item) => ({
      location: {
        uri: document.uri,
        range: {start: document.positionAt(item.start.offset), end: document.positionAt(item.end.offset)}
      },
      message: item.message
    }))
  }
  return diagnostic
}

/** A diagnostic for a problem with the setup (bad config), at the top of the document. */
export function setupDiagnostic(text: string): Diagnostic {
  const start = {line: 0, character: 0}
  return {range: {start, end: start}, severity: DiagnosticSeverity.Error, source, code: 'config', message: text}
}

export function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}

function edit(uri: string, range: Range, newText: string): WorkspaceEdit {
  return {changes: {[uri]: [{range, newText}]}}
}

/** One quick fix per suggestion, best first; `''` deletes the flagged text. */
export function quickFixes(message: VFileMessage, diagnostic: Diagnostic, uri: string): CodeAction[] {
  return (message.expected ?? []).map((suggestion, index) => ({
    title: suggestion === '' ? `Delete \`${shown(message.actual ?? '')}\`` : `Replace with \`${shown(suggestion)}\``,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: edit(uri, diagnostic.range, suggestion)
  }))
}

/**
 * Insert `<!-- lint-news-disable-next-line id -->` on its own line above the
 * flagged line, indented like it (Markdown blockquote markers included, so the
 * comment stays inside the quote or list item).
 */
export function disableAction(ruleId: string, diagnostic: Diagnostic, document: TextDocument, format: Format): CodeAction | undefined {
  if (format === 'text') return undefined
  const line = diagnostic.range.start.line
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  const indent = (format === 'markdown' ? /^[ \t]*(?:>[ \t]?)*/ : /^[ \t]*/).exec(text)?.[0] ?? ''
  const at = {line, character: 0}
  return {
    title: `Disable \`${ruleId}\` for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: edit(document.uri, {start: at, end: at}, `${indent}<!-- lint-news-disable-next-line ${ruleId} -->\n`)
  }
}

/**
 * Append `word` to the vocabulary file at `uri`. `current` is its text, or
 * undefined when the file does not exist yet (then it is created first).
 */
export function acceptAction(word: string, diagnostic: Diagnostic, uri: string, current: string | undefined): CodeAction {
  const text = current ?? ''
  const end = endOf(text)
  const newText = (text === '' || text.endsWith('\n') ? '' : '\n') + word + '\n'
  const insert = {range: {start: end, end}, newText}
  const edit: WorkspaceEdit =
    current === undefined
      ? {
          documentChanges: [
            {kind: 'create', uri, options: {ignoreIfExists: true}},
            {textDocument: {uri, version: null}, edits: [insert]}
          ]
        }
      : {changes: {[uri]: [insert]}}
  return {title: `Add \`${word}\` to the project's accept list`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit}
}

function endOf(text: string): Position {
  const lines = text.split('\n')
  return {line: lines.length - 1, character: lines[lines.length - 1].length}
}

// Titles are one line: long text is cut, and a bare space is made visible.
function shown(text: string): string {
  if (text.trim() === '') return text.replace(/ /g, '␣').replace(/\n/g, '↵').replace(/\t/g, '⇥')
  return text.length > 40 ? text.slice(0, 39) + '…' : text
}
