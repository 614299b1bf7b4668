// A small LSP client over vscode-jsonrpc, for driving the language server in
// tests: in-process over a pair of streams, or a spawned server over stdio.
import {PassThrough, type Readable, type Writable} from 'node:stream'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import {
  createConnection,
  StreamMessageReader as ServerReader,
  StreamMessageWriter as ServerWriter,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type ShowMessageParams
} from 'vscode-languageserver/node'
import {serve, type ServeOptions} from '../../src/server.js'

export class LspClient {
  readonly connection: MessageConnection
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[] = []
  readonly shown: ShowMessageParams[] = []
  /** The answer to workspace/configuration, for each item asked. */
  configuration: unknown = null
  private waiters: Array<() => void> = []

  constructor(input: Readable, output: Writable) {
    this.connection = createMessageConnection(new StreamMessageReader(input), new StreamMessageWriter(output))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params)
      this.wake()
    })
    this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.shown.push(params)
      this.wake()
    })
    this.connection.onNotification('window/logMessage', () => {})
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => this.configuration))
    this.connection.listen()
  }

  private wake(): void {
    for (const waiter of this.waiters) waiter()
  }

  /** Resolves when `test` holds, checked now and after every notification. */
  until<T>(test: () => T | undefined | false, what = 'a notification', timeout = 10000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = test()
        if (value) {
          done()
          resolve(value)
        }
      }
      const timer = setTimeout(() => {
        done()
        reject(new Error(`timed out waiting for ${what}`))
      }, timeout)
      const done = () => {
        clearTimeout(timer)
        this.waiters = this.waiters.filter((waiter) => waiter !== check)
      }
      this.waiters.push(check)
      check()
    })
  }

  /** The latest diagnostics for `uri`, once they are for at least `version`. */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.until(() => {
      const last = this.published.findLast((params) => params.uri === uri)
      if (!last || (version !== undefined && (last.version ?? -1) < version)) return undefined
      return last.diagnostics
    }, `diagnostics for ${uri}${version === undefined ? '' : ' v' + version}`)
  }

  initialize(options: {rootUri?: string | null; initializationOptions?: unknown; capabilities?: object} = {}): Promise<unknown> {
    return this.connection.sendRequest('initialize', {
      processId: null,
      rootUri: options.rootUri ?? null,
      capabilities: options.capabilities ?? {
        workspace: {workspaceEdit: {documentChanges: true, resourceOperations: ['create']}, didChangeWatchedFiles: {dynamicRegistration: true}}
      },
      initializationOptions: options.initializationOptions
    })
  }

  async start(options: Parameters<LspClient['initialize']>[0] = {}): Promise<unknown> {
    const result = await this.initialize(options)
    await this.connection.sendNotification('initialized', {})
    return result
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
  }

  change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges})
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
  }

  dispose(): void {
    this.connection.dispose()
  }
}

/** A server in this process, wired to a client by two streams. */
export function inProcess(options: ServeOptions = {}): LspClient {
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  // Readers and writers, not raw streams: given a raw stream, the library
  // exits the process when it ends.
  serve(createConnection(new ServerReader(toServer), new ServerWriter(toClient)), options)
  return new LspClient(toClient, toServer)
}
