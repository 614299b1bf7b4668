// The language server as an editor sees it: a spawned process over stdio.
import {spawn} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import {lint} from '../../src/index.js'
import type {Row} from '../bench.js'

const server = fileURLToPath(new URL('../../src/server-main.js', import.meta.url))
const seeds = new URL('../../../seeds/', import.meta.url)

interface Published {
  uri: string
  version?: number
}

function start(): {connection: MessageConnection; published: Published[]; waiters: Array<() => void>; stop: () => Promise<void>} {
  const child = spawn(process.execPath, [server, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const published: Published[] = []
  const waiters: Array<() => void> = []
  connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.push(params)
    for (const waiter of waiters.splice(0)) waiter()
  })
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const stop = async () => {
    await connection.sendRequest('shutdown')
    await connection.sendNotification('exit')
    await exited
    connection.dispose()
  }
  return {connection, published, waiters, stop}
}

function initialize(connection: MessageConnection): Promise<unknown> {
  return connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}})
}

/** A 2,000-word article from the seeds, paragraphs kept. */
function article(words = 2000): string {
  const paragraphs: string[] = []
  let count = 0
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt')).sort()) {
    for (const paragraph of readFileSync(new URL(name, seeds), 'utf8').split(/\n\s*\n/)) {
      const split = paragraph.trim().split(/\s+/)
      if (split[0] === '') continue
      const taken = split.slice(0, words - count)
      paragraphs.push(taken.join(' '))
      count += taken.length
      if (count >= words) return paragraphs.join('\n\n') + '\n'
    }
  }
  return paragraphs.join('\n\n') + '\n'
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export default async function (): Promise<Row[]> {
  const startTimes: number[] = []
  for (let run = 0; run < 5; run++) {
    const began = performance.now()
    const {connection, stop} = start()
    await initialize(connection)
    startTimes.push(performance.now() - began)
    await stop()
  }

  const {connection, published, waiters, stop} = start()
  await initialize(connection)
  await connection.sendNotification('initialized', {})
  const uri = pathToFileURL('/tmp/lint-news-bench/article.txt').href
  const text = article()
  const until = (version: number) =>
    new Promise<void>((resolve) => {
      const check = () => (published.some((item) => item.uri === uri && item.version === version) ? resolve() : waiters.push(check))
      check()
    })
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
  await until(1)
  // Edit the middle of the article: insert a word, then take it out again.
  const line = Math.floor(text.split('\n').length / 2)
  // An editor's server runs for hours: the first 40 edits warm it up (the
  // JIT compiles the rules), the next 40 are measured.
  const warmUp = 40
  const editTimes: number[] = []
  const coldTimes: number[] = []
  for (let version = 2; version < 2 + warmUp + 40; version++) {
    const insert = version % 2 === 0
    const at = {line, character: 0}
    const change = insert ? {range: {start: at, end: at}, text: 'Meanwhile '} : {range: {start: at, end: {line, character: 10}}, text: ''}
    // Past the server's gathering window, so each edit is linted on its own.
    await sleep(60)
    const began = performance.now()
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
    await until(version)
    ;(version < 2 + warmUp ? coldTimes : editTimes).push(performance.now() - began)
  }
  await stop()

  // The same edits through lint() alone, in this process: what the server adds is the difference.
  const lintTimes: number[] = []
  for (let index = 0; index < warmUp + 40; index++) {
    const began = performance.now()
    lint({value: index % 2 === 0 ? text.replace('\n\n', '\n\nMeanwhile ') : text, format: 'text'})
    if (index >= warmUp) lintTimes.push(performance.now() - began)
  }

  const startMedian = median(startTimes)
  const editMedian = median(editTimes)
  return [
    {name: 'lsp: start to initialize reply (median of 5)', value: startMedian, unit: 'ms', target: '≤ 300 ms', ok: startMedian <= 300},
    {name: `lsp: diagnostics after one edit, ${text.split(/\s+/).filter(Boolean).length}-word article (median, warm)`, value: editMedian, unit: 'ms', target: '≤ 20 ms', ok: editMedian <= 20},
    {name: 'lsp: diagnostics after one edit (worst of 40)', value: Math.max(...editTimes), unit: 'ms'},
    {name: 'lsp: the same in the first 40 edits after start (median)', value: median(coldTimes), unit: 'ms'},
    {name: 'lsp: of which lint() alone, same article (median)', value: median(lintTimes), unit: 'ms'}
  ]
}
