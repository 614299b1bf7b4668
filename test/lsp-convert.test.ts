import {VFile} from 'vfile'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {acceptAction, disableAction, formatFor, isVocabularyFile, overlaps, quickFixes, toDiagnostic} from '../src/lsp-convert.js'

function doc(text: string, languageId = 'plaintext', uri = 'file:///tmp/a.txt'): TextDocument {
  return TextDocument.create(uri, languageId, 1, text)
}

describe('formatFor', () => {
  it('takes the language id first, then the path', () => {
    expect(formatFor('markdown', '/a/b.txt')).toBe('markdown')
    expect(formatFor('plaintext', undefined)).toBe('text')
    expect(formatFor('text', undefined)).toBe('text')
    expect(formatFor('html', undefined)).toBe('html')
    expect(formatFor('mdx', '/a/b.md')).toBe('markdown')
    expect(formatFor('typescript', '/a/b.ts')).toBeUndefined()
    expect(formatFor('typescript', undefined)).toBeUndefined()
  })

  it('knows the vocabulary lists', () => {
    expect(isVocabularyFile('/p/.lintnews/accept.txt')).toBe(true)
    expect(isVocabularyFile('/p/accept.txt')).toBe(false)
    expect(isVocabularyFile(undefined)).toBe(false)
  })
})

describe('toDiagnostic', () => {
  it('converts positions through offsets, in UTF-16 units, past astral characters', () => {
    const text = '😀 𝐀 Police stormed the the square.\nNext line.'
    const document = doc(text)
    const [message] = lint({value: text, format: 'text'}).messages
    const diagnostic = toDiagnostic(message, document)
    const start = text.indexOf('the the')
    expect(diagnostic.range).toEqual({start: {line: 0, character: start}, end: {line: 0, character: start + 7}})
    expect(document.getText(diagnostic.range)).toBe('the the')
    expect(diagnostic).toMatchObject({
      severity: 2,
      code: 'duplicate-word',
      source: 'lint-news',
      codeDescription: {href: message.url}
    })
  })

  it('gives fatal messages Error severity', () => {
    const text = 'Police stormed the the square.'
    const [message] = lint({value: text}, {rules: {'duplicate-word': 'error'}}).messages
    expect(toDiagnostic(message, doc(text)).severity).toBe(1)
  })

  it('points related information at the first occurrence', () => {
    const text = 'One line.\nTwo line.\nOne line.'
    const file = new VFile({value: text})
    const message = file.message('Duplicate', {
      place: {start: {line: 3, column: 1, offset: 20}, end: {line: 3, column: 10, offset: 29}},
      ruleId: 'duplicate-sentence'
    })
    message.related = [{start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 10, offset: 9}, message: 'First copy'}]
    const diagnostic = toDiagnostic(message, doc(text))
    expect(diagnostic.relatedInformation).toEqual([
      {location: {uri: 'file:///tmp/a.txt', range: {start: {line: 0, character: 0}, end: {line: 0, character: 9}}}, message: 'First copy'}
    ])
  })

  it('falls back to line and column when a message has no offsets', () => {
    const message = new VFile({value: 'abc'}).message('x', {line: 2, column: 3})
    expect(toDiagnostic(message, doc('a\nabc')).range.start).toEqual({line: 1, character: 2})
  })
})

describe('code actions', () => {
  const text = 'Police stormed the the square.'
  const document = doc(text)
  const [message] = lint({value: text}).messages
  const diagnostic = toDiagnostic(message, document)

  it('gives one quick fix per suggestion, the first preferred', () => {
    message.expected = ['the', '']
    const [first, second] = quickFixes(message, diagnostic, document.uri)
    expect(first).toMatchObject({title: 'Replace with `the`', kind: 'quickfix', isPreferred: true, diagnostics: [diagnostic]})
    expect(TextDocument.applyEdits(document, first.edit!.changes![document.uri])).toBe('Police stormed the square.')
    expect(second).toMatchObject({title: 'Delete `the the`', isPreferred: false})
    expect(TextDocument.applyEdits(document, second.edit!.changes![document.uri])).toBe('Police stormed  square.')
  })

  it('disables a rule on the line above, indented like the line, in Markdown and HTML only', () => {
    const md = doc('# Title\n\n> - Police stormed the the square.\n', 'markdown', 'file:///tmp/a.md')
    const mdDiagnostic = {...diagnostic, range: {start: {line: 2, character: 19}, end: {line: 2, character: 26}}}
    const action = disableAction('duplicate-word', mdDiagnostic, md, 'markdown')!
    expect(action.title).toBe('Disable `duplicate-word` for this line')
    const result = TextDocument.applyEdits(md, action.edit!.changes![md.uri])
    expect(result).toBe('# Title\n\n> <!-- lint-news-disable-next-line duplicate-word -->\n> - Police stormed the the square.\n')
    expect(lint({value: result, format: 'markdown'}).messages).toEqual([])

    const html = doc('<ul>\n  <li>Police stormed the the square.</li>\n</ul>', 'html', 'file:///tmp/a.html')
    const htmlAction = disableAction('duplicate-word', {...diagnostic, range: {start: {line: 1, character: 21}, end: {line: 1, character: 28}}}, html, 'html')!
    const htmlResult = TextDocument.applyEdits(html, htmlAction.edit!.changes![html.uri])
    expect(htmlResult).toBe('<ul>\n  <!-- lint-news-disable-next-line duplicate-word -->\n  <li>Police stormed the the square.</li>\n</ul>')
    expect(lint({value: htmlResult, format: 'html'}).messages).toEqual([])

    expect(disableAction('duplicate-word', diagnostic, document, 'text')).toBeUndefined()
  })

  it('adds a word to the accept list, creating the file when it is missing', () => {
    const uri = 'file:///p/.lintnews/accept.txt'
    const created = acceptAction('Lukashenko', diagnostic, uri, undefined)
    expect(created.title).toBe("Add `Lukashenko` to the project's accept list")
    expect(created.edit).toEqual({
      documentChanges: [
        {kind: 'create', uri, options: {ignoreIfExists: true}},
        {textDocument: {uri, version: null}, edits: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: 'Lukashenko\n'}]}
      ]
    })
    for (const [current, expected] of [
      ['Minsk\n', 'Minsk\nLukashenko\n'],
      ['Minsk', 'Minsk\nLukashenko\n'],
      ['', 'Lukashenko\n']
    ]) {
      const list = TextDocument.create(uri, 'plaintext', 1, current)
      const appended = acceptAction('Lukashenko', diagnostic, uri, current)
      expect(TextDocument.applyEdits(list, appended.edit!.changes![uri])).toBe(expected)
    }
  })

  it('compares ranges inclusively', () => {
    const at = (line: number, character: number) => ({line, character})
    expect(overlaps({start: at(0, 5), end: at(0, 9)}, {start: at(0, 9), end: at(0, 9)})).toBe(true)
    expect(overlaps({start: at(0, 5), end: at(0, 9)}, {start: at(0, 10), end: at(0, 12)})).toBe(false)
    expect(overlaps({start: at(0, 5), end: at(1, 0)}, {start: at(0, 0), end: at(0, 0)})).toBe(false)
  })
})
