// "Add word to the project's accept list": the code action is offered for any
// rule of category 'spelling'. A stand-in spelling rule keeps this test apart
// from the real spelling rules and their word lists.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {CodeAction, Diagnostic} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterAll, expect, it, vi} from 'vitest'
import {inProcess, type LspClient} from './helpers/lsp-client.js'

vi.mock('../rules/index.js', async (importOriginal) => {
  const {rules} = await importOriginal<typeof import('../rules/index.js')>()
  const {defineRule} = await import('../src/rule.js')
  const standIn = defineRule({
    meta: {id: 'spelling-stand-in', category: 'spelling', severity: 'warn', description: 'Test rule', docs: '', fixable: false},
    examples: {valid: [], invalid: []},
    create(_options, shared) {
      return ({document, report}) => {
        for (const block of document.blocks) {
          for (const match of block.text.matchAll(/\bZlotnik\b/g)) {
            if (!shared.vocabulary.accept.includes(match[0])) report(block.range(match.index, match.index + match[0].length), 'Unknown word')
          }
        }
      }
    }
  })
  return {rules: [...rules, standIn]}
})

const dir = mkdtempSync(join(tmpdir(), 'lint-news-accept-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const uriOf = (path: string) => pathToFileURL(path).href
const text = 'Mayor Zlotnik spoke on Friday.'

async function setUp(folder: string, capabilities?: object): Promise<{lsp: LspClient; uri: string; diagnostic: Diagnostic; accept?: CodeAction}> {
  const path = join(folder, 'copy', 'a.txt')
  mkdirSync(join(folder, 'copy'), {recursive: true})
  const lsp = inProcess({delay: 10})
  await lsp.start(capabilities ? {capabilities, rootUri: uriOf(folder)} : {rootUri: uriOf(folder)})
  const uri = uriOf(path)
  await lsp.open(uri, text)
  const [diagnostic] = await lsp.diagnostics(uri, 1)
  const actions: CodeAction[] = await lsp.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
  return {lsp, uri, diagnostic, accept: actions.find((action) => action.title.startsWith('Add '))}
}

it('creates the accept list beside the project config, and the word is accepted once it is written', async () => {
  const folder = mkdtempSync(join(dir, 'p-'))
  writeFileSync(join(folder, '.lintnewsrc.json'), '{}')
  const {lsp, uri, diagnostic, accept} = await setUp(folder)
  expect(diagnostic.code).toBe('spelling-stand-in')
  expect(accept!.title).toBe("Add `Zlotnik` to the project's accept list")
  const target = join(folder, '.lintnews', 'accept.txt')
  const [create, edit] = accept!.edit!.documentChanges as any[]
  expect(create).toEqual({kind: 'create', uri: uriOf(target), options: {ignoreIfExists: true}})
  // Apply it as the editor would.
  mkdirSync(join(folder, '.lintnews'))
  writeFileSync(target, TextDocument.applyEdits(TextDocument.create(uriOf(target), 'plaintext', 0, ''), edit.edits))
  expect(readFileSync(target, 'utf8')).toBe('Zlotnik\n')
  const count = lsp.published.length
  await lsp.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(target), type: 1}]})
  await lsp.until(() => lsp.published.length > count)
  expect(await lsp.diagnostics(uri)).toEqual([])
  lsp.dispose()
})

it('appends to an existing list, in the editor copy when the list is open, and uses the workspace folder when there is no config', async () => {
  const folder = mkdtempSync(join(dir, 'p-'))
  const target = join(folder, '.lintnews', 'accept.txt')
  mkdirSync(join(folder, '.lintnews'))
  writeFileSync(target, '# names\nMinsk')
  const {lsp, uri, diagnostic, accept} = await setUp(folder)
  expect(accept!.edit).toEqual({changes: {[uriOf(target)]: [{range: {start: {line: 1, character: 5}, end: {line: 1, character: 5}}, newText: '\nZlotnik\n'}]}})
  await lsp.open(uriOf(target), '# names\nMinsk\nKyiv\n')
  const actions: CodeAction[] = await lsp.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
  const fromEditor = actions.find((action) => action.title.startsWith('Add '))!
  expect(fromEditor.edit!.changes![uriOf(target)][0]).toEqual({range: {start: {line: 3, character: 0}, end: {line: 3, character: 0}}, newText: 'Zlotnik\n'})
  lsp.dispose()

  // With no project config and no .lintnews folder, the list goes in the workspace root.
  const bare = mkdtempSync(join(dir, 'p-'))
  const second = await setUp(bare)
  expect((second.accept!.edit!.documentChanges as any[])[0].uri).toBe(uriOf(join(bare, '.lintnews', 'accept.txt')))
  second.lsp.dispose()
})

it('offers no accept action when the file is missing and the client cannot create files', async () => {
  const folder = mkdtempSync(join(dir, 'p-'))
  const {lsp, accept} = await setUp(folder, {workspace: {}})
  expect(accept).toBeUndefined()
  lsp.dispose()
})
