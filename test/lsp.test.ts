// The language server, driven as an editor drives it: in-process over streams
// for most tests, over stdio as a spawned process, and from headless Neovim.
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {CodeAction, Diagnostic, TextEdit, WorkspaceEdit} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {inProcess, LspClient} from './helpers/lsp-client.js'

const root = new URL('..', import.meta.url).pathname
let dir: string
const clients: LspClient[] = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lint-news-lsp-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose()
})

function client(): LspClient {
  const made = inProcess({delay: 20})
  clients.push(made)
  return made
}

/** A fresh project folder holding `files`; returns its path. */
function project(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(dir, 'project-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), {recursive: true})
    writeFileSync(join(folder, name), text)
  }
  return folder
}

const uriOf = (path: string) => pathToFileURL(path).href

function codeActions(lsp: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return lsp.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
}

function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  return edit.changes?.[uri] ?? []
}

const duplicate = 'Police stormed the the square on Friday.'

describe('language server, in process', () => {
  it('answers initialize with incremental sync and quick fixes', async () => {
    const lsp = client()
    const result = (await lsp.initialize()) as {capabilities: Record<string, any>}
    expect(result.capabilities.textDocumentSync).toMatchObject({openClose: true, change: 2})
    expect(result.capabilities.codeActionProvider).toEqual({codeActionKinds: ['quickfix']})
  })

  it('publishes diagnostics on open, exact in UTF-16, with code, source and docs link', async () => {
    const lsp = client()
    await lsp.start()
    const path = join(project(), 'a.txt')
    const text = '😀 ' + duplicate
    await lsp.open(uriOf(path), text)
    const [diagnostic] = await lsp.diagnostics(uriOf(path), 1)
    const start = text.indexOf('the the')
    expect(diagnostic).toMatchObject({
      range: {start: {line: 0, character: start}, end: {line: 0, character: start + 7}},
      severity: 2,
      code: 'duplicate-word',
      source: 'lint-news',
      codeDescription: {href: expect.stringContaining('duplicate-word')}
    })
  })

  it('applies incremental changes, and clears diagnostics on close', async () => {
    const lsp = client()
    await lsp.start()
    const uri = uriOf(join(project(), 'a.md'))
    await lsp.open(uri, `# Minsk\n\n${duplicate}\n`, 'markdown')
    expect(await lsp.diagnostics(uri, 1)).toHaveLength(1)
    const at = `Police stormed `.length
    await lsp.change(uri, 2, [{range: {start: {line: 2, character: at}, end: {line: 2, character: at + 4}}, text: ''}])
    expect(await lsp.diagnostics(uri, 2)).toEqual([])
    await lsp.change(uri, 3, [{text: `# Minsk\n\nThey saw saw it.\n`}])
    const [diagnostic] = await lsp.diagnostics(uri, 3)
    expect(diagnostic.range.start).toEqual({line: 2, character: 5})
    await lsp.close(uri)
    expect(await lsp.until(() => lsp.published.at(-1)?.uri === uri && lsp.published.at(-1)!.diagnostics.length === 0)).toBe(true)
  })

  it('lints a burst of edits once at the end, and drops nothing but stale results', async () => {
    const lsp = client()
    await lsp.start()
    const uri = uriOf(join(project(), 'burst.txt'))
    await lsp.open(uri, '')
    await lsp.diagnostics(uri, 1)
    const before = lsp.published.length
    const words = duplicate.split(/(?<= )/)
    for (let index = 0; index < words.length; index++) {
      const text = words.slice(0, index).join('')
      const end = {line: 0, character: text.length}
      void lsp.change(uri, index + 2, [{range: {start: end, end}, text: words[index]}])
    }
    const last = words.length + 1
    const diagnostics = await lsp.diagnostics(uri, last)
    expect(diagnostics.map((item) => item.code)).toEqual(['duplicate-word'])
    const versions = lsp.published.slice(before).map((params) => params.version!)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(versions.length).toBeLessThan(words.length)
  })

  it('offers quick fixes, the first preferred, and a disable comment in Markdown', async () => {
    const lsp = client()
    await lsp.start()
    const uri = uriOf(join(project(), 'a.md'))
    const text = `# Minsk\n\n- Protests\n\n  ${duplicate}\n`
    await lsp.open(uri, text, 'markdown')
    const [diagnostic] = await lsp.diagnostics(uri, 1)
    const actions = await codeActions(lsp, uri, diagnostic)
    expect(actions.map((action) => action.title)).toEqual(['Replace with `the`', 'Disable `duplicate-word` for this line'])
    expect(actions[0]).toMatchObject({kind: 'quickfix', isPreferred: true, diagnostics: [diagnostic]})
    const document = TextDocument.create(uri, 'markdown', 1, text)
    expect(TextDocument.applyEdits(document, editsFor(actions[0].edit!, uri))).toBe(text.replace('the the', 'the'))
    const silenced = TextDocument.applyEdits(document, editsFor(actions[1].edit!, uri))
    expect(silenced).toBe(`# Minsk\n\n- Protests\n\n  <!-- lint-news-disable-next-line duplicate-word -->\n  ${duplicate}\n`)
    await lsp.change(uri, 2, [{text: silenced}])
    expect(await lsp.diagnostics(uri, 2)).toEqual([])
  })

  it('offers no disable comment in plain text, and nothing outside the range or for other kinds', async () => {
    const lsp = client()
    await lsp.start()
    const uri = 'untitled:Untitled-1'
    await lsp.open(uri, `${duplicate}\nA clean line.`)
    const [diagnostic] = await lsp.diagnostics(uri, 1)
    expect((await codeActions(lsp, uri, diagnostic)).map((action) => action.title)).toEqual(['Replace with `the`'])
    const elsewhere = {start: {line: 1, character: 0}, end: {line: 1, character: 3}}
    expect(await lsp.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: elsewhere, context: {diagnostics: []}})).toEqual([])
    const refactor = {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [], only: ['refactor']}}
    expect(await lsp.connection.sendRequest('textDocument/codeAction', refactor)).toEqual([])
  })

  it('takes severity from the project config, overridden by editor settings', async () => {
    const folder = project({'.lintnewsrc.json': JSON.stringify({rules: {'duplicate-word': 'error'}}), 'sub/a.txt': duplicate})
    const uri = uriOf(join(folder, 'sub/a.txt'))

    const plain = client()
    await plain.start()
    await plain.open(uri, duplicate)
    expect((await plain.diagnostics(uri, 1))[0].severity).toBe(1)

    const set = client()
    await set.start({initializationOptions: {lintNews: {rules: {'duplicate-word': 'off'}}}})
    await set.open(uri, duplicate)
    expect(await set.diagnostics(uri, 1)).toEqual([])
    const count = set.published.length
    await set.connection.sendNotification('workspace/didChangeConfiguration', {settings: {lintNews: {rules: {'duplicate-word': 'warn'}, dialect: 'en-GB'}}})
    await set.until(() => set.published.length > count)
    expect((await set.diagnostics(uri, 1))[0].severity).toBe(2)
  })

  it('pulls settings when the client sends none, and keeps the initial ones when it has none to give', async () => {
    const uri = uriOf(join(project(), 'a.txt'))
    const pulling = client()
    await pulling.start({capabilities: {workspace: {configuration: true}}})
    await pulling.open(uri, duplicate)
    expect((await pulling.diagnostics(uri, 1))[0].severity).toBe(2)
    pulling.configuration = {rules: {'duplicate-word': 'error'}}
    const count = pulling.published.length
    await pulling.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
    await pulling.until(() => pulling.published.length > count)
    expect((await pulling.diagnostics(uri, 1))[0].severity).toBe(1)

    const pushing = client()
    await pushing.start({initializationOptions: {rules: {'duplicate-word': 'error'}}, capabilities: {}})
    await pushing.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    await pushing.open(uri, duplicate)
    expect((await pushing.diagnostics(uri, 1))[0].severity).toBe(1)
  })

  it('notices config changed on disk, with or without a file-change notification', async () => {
    const folder = project({'.lintnewsrc.json': '{}'})
    const uri = uriOf(join(folder, 'a.txt'))
    const lsp = client()
    await lsp.start({rootUri: uriOf(folder)})
    await lsp.open(uri, duplicate)
    expect(await lsp.diagnostics(uri, 1)).toHaveLength(1)

    writeFileSync(join(folder, '.lintnewsrc.json'), JSON.stringify({rules: {'duplicate-word': 'off'}}))
    let count = lsp.published.length
    await lsp.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(join(folder, '.lintnewsrc.json')), type: 2}]})
    await lsp.until(() => lsp.published.length > count)
    expect(await lsp.diagnostics(uri)).toEqual([])

    // No notification (Neovim 0.7 sends none): the next lint re-reads the changed file.
    writeFileSync(join(folder, '.lintnewsrc.json'), JSON.stringify({rules: {'duplicate-word': 'error'}}) + '\n')
    count = lsp.published.length
    await lsp.change(uri, 2, [{text: duplicate + ' '}])
    expect((await lsp.diagnostics(uri, 2))[0].severity).toBe(1)
  })

  it('reports a bad config once, as one diagnostic, and keeps serving', async () => {
    const folder = project({'.lintnewsrc.json': '{"rules": {"duplicate-wrod": "warn"}}'})
    const lsp = client()
    await lsp.start()
    const first = uriOf(join(folder, 'a.txt'))
    const second = uriOf(join(folder, 'b.txt'))
    await lsp.open(first, duplicate)
    await lsp.open(second, duplicate)
    for (const uri of [first, second]) {
      const diagnostics = await lsp.diagnostics(uri, 1)
      expect(diagnostics).toHaveLength(1)
      expect(diagnostics[0]).toMatchObject({code: 'config', severity: 1, message: expect.stringContaining('did you mean "duplicate-word"')})
    }
    expect(lsp.shown).toHaveLength(1)
    expect(lsp.shown[0].message).toContain('unknown rule')

    const bad = client()
    await bad.start({initializationOptions: {lintNews: {dialect: 'en-AU'}}})
    await bad.open('untitled:x', duplicate)
    expect((await bad.diagnostics('untitled:x', 1))[0].message).toContain('"dialect": must be one of')
  })

  it('answers errors, and does not crash, on closed documents and malformed or unknown requests', async () => {
    const lsp = client()
    await lsp.start()
    const uri = uriOf(join(project(), 'gone.txt'))
    const range = {start: {line: 0, character: 0}, end: {line: 0, character: 1}}
    await expect(lsp.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range, context: {diagnostics: []}})).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining('is not open')
    })
    await expect(lsp.connection.sendRequest('textDocument/codeAction', {})).rejects.toMatchObject({code: -32602})
    await expect(lsp.connection.sendRequest('textDocument/codeAction', null)).rejects.toMatchObject({code: -32602})
    await expect(lsp.connection.sendRequest('lint-news/nonsense', {})).rejects.toMatchObject({code: -32601})
    await lsp.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: 42}})
    await lsp.connection.sendNotification('textDocument/didOpen', {})
    await lsp.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: 'x'}]})
    await lsp.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    await lsp.connection.sendNotification('workspace/didChangeConfiguration', {settings: {lintNews: 'nonsense'}})
    // Still serving.
    await lsp.open(uri, duplicate)
    expect(await lsp.diagnostics(uri, 1)).toHaveLength(1)
  })

  it('lints only plaintext, Markdown and HTML, and not the vocabulary lists', async () => {
    const folder = project()
    const lsp = client()
    await lsp.start()
    const html = uriOf(join(folder, 'a.html'))
    await lsp.open(html, `<p>${duplicate}</p>`, 'html')
    expect((await lsp.diagnostics(html, 1))[0].range.start.character).toBe(3 + 'Police stormed '.length)
    const code = uriOf(join(folder, 'a.ts'))
    await lsp.open(code, `// ${duplicate}`, 'typescript')
    expect(await lsp.diagnostics(code, 1)).toEqual([])
    const list = uriOf(join(folder, '.lintnews/accept.txt'))
    await lsp.open(list, 'the the', 'plaintext')
    expect(await lsp.diagnostics(list, 1)).toEqual([])
  })
})

// The server as a process: built from the current source into a cache folder
// (dist/ may be stale or in use), run over stdio as editors run it.
const built = join(root, 'node_modules/.cache/lint-news-lsp-test')
const serverMain = join(built, 'src/server-main.js')

describe('language server, as a process', () => {
  beforeAll(() => {
    try {
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', root, '--outDir', built], {stdio: 'pipe'})
    } catch (error) {
      // Type errors elsewhere still emit; only a missing output is fatal here.
      if (!existsSync(serverMain)) throw error
    }
  }, 60000)

  it('initializes over stdio, publishes diagnostics, and exits 0 after shutdown and exit', async () => {
    const started = performance.now()
    const child = spawn(process.execPath, [serverMain, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']})
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const lsp = new LspClient(child.stdout, child.stdin)
    try {
      await lsp.start()
      expect(performance.now() - started).toBeLessThan(5000)
      const uri = uriOf(join(project(), 'a.txt'))
      await lsp.open(uri, duplicate)
      expect((await lsp.diagnostics(uri, 1))[0].code).toBe('duplicate-word')
      await lsp.connection.sendRequest('shutdown')
      await lsp.connection.sendNotification('exit')
      expect(await exited).toBe(0)
      expect(stderr).toBe('')
    } finally {
      lsp.dispose()
      child.kill()
    }
  })

  const nvim = spawnSync('nvim', ['--version'], {encoding: 'utf8'})
  const hasNvim = nvim.status === 0
  it.skipIf(!hasNvim)(
    hasNvim ? `works in a real editor: headless ${nvim.stdout.split('\n')[0]} applies quick fixes` : 'works in a real editor (skipped: nvim is not installed; apt-get install neovim)',
    () => {
      const folder = project()
      const seed = join(folder, 'seed.txt')
      // Seeds are read-only; the copy must be writable.
      writeFileSync(seed, readFileSync(join(root, 'seeds/001_ffcef741cb91c7d5.txt')))
      const markdown = join(folder, 'story.md')
      writeFileSync(markdown, `# Minsk\n\n- Protests\n\n  ${duplicate}\n`)
      const out = join(folder, 'nvim-result.json')
      const result = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(root, 'test/fixtures/lsp/nvim-e2e.lua')}`], {
        env: {...process.env, LINT_NEWS_SERVER: serverMain, LINT_NEWS_DIR: folder, LINT_NEWS_OUT: out},
        encoding: 'utf8',
        timeout: 60000
      })
      expect(existsSync(out), `nvim wrote no result: ${result.stderr}${result.stdout}`).toBe(true)
      const report = JSON.parse(readFileSync(out, 'utf8'))
      expect(report.error).toBeUndefined()
      expect(report.seed).toMatchObject({before: 2, after: 1})
      expect(report.seed.chosen).toBe('Replace with `”`')
      expect(report.markdown).toMatchObject({before: 1, after: 0, chosen: 'Disable `duplicate-word` for this line'})
      expect(report.exit).toBe(0)

      const original = readFileSync(join(root, 'seeds/001_ffcef741cb91c7d5.txt'), 'utf8')
      expect(readFileSync(seed, 'utf8')).toBe(original.replace('control. ”', 'control.”'))
      expect(readFileSync(markdown, 'utf8')).toBe(`# Minsk\n\n- Protests\n\n  <!-- lint-news-disable-next-line duplicate-word -->\n  ${duplicate}\n`)
    },
    90000
  )
})
