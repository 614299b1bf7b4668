// The language server: a thin layer over lint() and ConfigLoader for editors.
// Documents live in memory; config is read from disk (walking up from each
// document) with the editor's settings laid over it.
import {readFileSync, statSync} from 'node:fs'
import {basename, dirname, join, sep} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {VFileMessage} from 'vfile-message'
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  type PublishDiagnosticsParams,
  ResponseError,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Config, ConfigInput} from './config.js'
import type {ConfigLoader} from './config-file.js'
import {acceptAction, disableAction, formatFor, isVocabularyFile, overlaps, quickFixes, setupDiagnostic, toDiagnostic} from './lsp-convert.js'

/** `lint-news --lsp` and `lint-news-lsp`: serve LSP over stdin and stdout. */
export function startServer(): void {
  // Explicit streams: the library only finds stdio by itself when argv has --stdio.
  const connection = createConnection(process.stdin, process.stdout)
  // stdout carries the protocol, so a stray console.log must not reach it.
  console.log = console.info = console.debug = console.warn = console.error
  // A bug in one rule or handler must not take the editor's server down.
  const survive = (error: unknown) => console.error(`lint-news-lsp: ${(error as Error)?.message ?? error}`)
  process.on('uncaughtException', survive)
  process.on('unhandledRejection', survive)
  serve(connection)
}

export interface ServeOptions {
  /** After a lint, further edits wait this long (ms) so a burst is linted once. */
  delay?: number
}

type Core = typeof import('./index.js')

interface Result {
  version: number
  messages: VFileMessage[]
  diagnostics: Diagnostic[]
}

/** Wire the handlers to `connection` and start listening. */
export function serve(connection: Connection, options: ServeOptions = {}): void {
  const delay = options.delay ?? 50
  const documents = new Map<string, TextDocument>()
  const results = new Map<string, Result>()
  // Per document, how to cancel its pending lint.
  const timers = new Map<string, () => void>()
  const lastRun = new Map<string, number>()
  const shown = new Set<string>()
  let folders: string[] = []
  let settings: ConfigInput = {}
  let canCreateFiles = false
  let watchFiles = false
  let canPull = false
  // The linter loads after the initialize reply, so editors get an answer at once.
  let core: Core | undefined
  let loading: Promise<Core> | undefined
  let categories = new Map<string, string>()
  let loader: ConfigLoader | undefined
  let bareLoader: ConfigLoader | undefined
  // Per project root, the state of its config and vocabulary files when last read.
  const stamps = new Map<string, string>()

  // Sending fails only once the client is gone, and then there is no one to tell.
  function publish(params: PublishDiagnosticsParams): void {
    connection.sendDiagnostics(params).catch(() => {})
  }

  function load(): Promise<Core> {
    loading ??= import('./index.js').then(
      (loaded) => {
        core = loaded
        categories = new Map(loaded.rules.map((rule) => [rule.meta.id, rule.meta.category]))
        reset()
        return loaded
      },
      (error: Error) => {
        const message = `lint-news: cannot load the linter: ${error.message}`
        connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message}).catch(() => {})
        throw error
      }
    )
    return loading
  }

  function reset(): void {
    if (!core) return
    const overrides = [{input: settings, where: 'editor settings'}]
    loader = new core.ConfigLoader({overrides})
    bareLoader = new core.ConfigLoader({search: false, overrides})
    stamps.clear()
  }

  function isConfigPath(path: string | undefined): boolean {
    if (!path || !core) return false
    return isVocabularyFile(path) || basename(path) === core.configFileName || basename(path) === 'package.json'
  }

  function relintAll(): void {
    for (const uri of documents.keys()) schedule(uri)
  }

  function folderOf(path: string): string | undefined {
    return folders.find((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep))
  }

  /** The project root: where the config is, else the workspace folder, else the document's folder. */
  function rootOf(path: string | undefined): {root?: string; configFile?: string} {
    const directory = path ? dirname(path) : folders[0]
    if (!directory) return {}
    const found = loader!.find(directory)
    return {root: found.path ? dirname(found.path) : ((path && folderOf(path)) ?? directory), configFile: found.path}
  }

  function configFor(core: Core, path: string | undefined): Config {
    const {configFileName, vocabularyDir} = core
    const {root, configFile} = rootOf(path)
    if (!root) return bareLoader!.forFile(undefined)
    // Re-read when the files changed on disk, whoever changed them: not every
    // editor reports file changes or saves of files it does not show.
    const files = [configFile ?? join(root, configFileName), join(root, vocabularyDir, 'accept.txt'), join(root, vocabularyDir, 'reject.txt')]
    const stamp = files.map(stampOf).join('|')
    const previous = stamps.get(root)
    if (previous !== undefined && previous !== stamp) {
      reset()
      return configFor(core, path)
    }
    stamps.set(root, stamp)
    return loader!.forFile(path ?? join(root, 'untitled'))
  }

  function lintNow(uri: string): Result | undefined {
    timers.get(uri)?.()
    timers.delete(uri)
    const document = documents.get(uri)
    if (!document) return undefined
    if (!core) {
      load().then(() => schedule(uri), () => {})
      return undefined
    }
    lastRun.set(uri, Date.now())
    const path = pathOf(uri)
    const format = formatFor(document.languageId, path)
    const result: Result = {version: document.version, messages: [], diagnostics: []}
    if (format && !isVocabularyFile(path)) {
      try {
        const file = core.lint({value: document.getText(), path, format}, configFor(core, path))
        result.messages = file.messages
        result.diagnostics = file.messages.map((message) => toDiagnostic(message, document))
      } catch (error) {
        const text = error instanceof core.ConfigError ? error.message : `lint-news could not check this document: ${(error as Error)?.message ?? error}`
        result.diagnostics = [setupDiagnostic(text)]
        if (!shown.has(text)) {
          shown.add(text)
          // A notification, not showMessageRequest: nothing waits on the user.
          const type = error instanceof core.ConfigError ? MessageType.Error : MessageType.Warning
          connection.sendNotification(ShowMessageNotification.type, {type, message: `lint-news: ${text}`}).catch(() => {})
        }
      }
    }
    // lint() is synchronous, so no newer version can have arrived meanwhile;
    // the check keeps that true if it ever is not.
    if (documents.get(uri)?.version !== result.version) return undefined
    results.set(uri, result)
    publish({uri, version: result.version, diagnostics: result.diagnostics})
    return result
  }

  // The first edit after a quiet spell is linted at once; edits that follow
  // within `delay` of a lint are gathered into one lint at the end.
  function schedule(uri: string): void {
    if (timers.has(uri)) return
    const wait = delay - (Date.now() - (lastRun.get(uri) ?? -Infinity))
    // setTimeout waits at least 1 ms; setImmediate still lets the other
    // changes of a burst that arrived together be applied first.
    if (wait > 0) {
      const timer = setTimeout(() => lintNow(uri), wait)
      timers.set(uri, () => clearTimeout(timer))
    } else {
      const immediate = setImmediate(() => lintNow(uri))
      timers.set(uri, () => clearImmediate(immediate))
    }
  }

  connection.onInitialize((params: InitializeParams) => {
    const workspace = params.capabilities?.workspace
    watchFiles = Boolean(workspace?.didChangeWatchedFiles?.dynamicRegistration)
    canPull = Boolean(workspace?.configuration)
    // Neovim 0.7 applies documentChanges without declaring them; resourceOperations implies them.
    canCreateFiles = Boolean(workspace?.workspaceEdit?.resourceOperations?.includes('create'))
    const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    folders = uris.map(pathOf).filter((path): path is string => path !== undefined)
    if (folders.length === 0 && params.rootPath) folders = [params.rootPath]
    settings = settingsInput(params.initializationOptions)
    reset()
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
      },
      serverInfo: {name: 'lint-news'}
    }
  })

  connection.onInitialized(() => {
    load()
      .then(({configFileName, vocabularyDir}) => {
        if (!watchFiles) return
        const watchers = [{globPattern: `**/${configFileName}`}, {globPattern: '**/package.json'}, {globPattern: `**/${vocabularyDir}/*.txt`}]
        return connection.client.register(DidChangeWatchedFilesNotification.type, {watchers})
      })
      .catch(() => {})
  })

  connection.onDidChangeConfiguration(async (params) => {
    let value = (params?.settings as {lintNews?: unknown} | null | undefined)?.lintNews
    // Clients that pull settings send an empty notification; ask for the section.
    if (value === undefined && canPull) value = await connection.workspace.getConfiguration('lintNews').catch(() => undefined)
    // No lintNews section at all: keep what initializationOptions gave.
    if (value === undefined || value === null) return
    settings = settingsInput(value)
    reset()
    relintAll()
  })

  connection.onDidChangeWatchedFiles(() => {
    reset()
    relintAll()
  })

  connection.onDidOpenTextDocument(({textDocument: item}) => {
    if (typeof item?.uri !== 'string' || typeof item.text !== 'string') return
    documents.set(item.uri, TextDocument.create(item.uri, String(item.languageId ?? ''), Number(item.version) || 0, item.text))
    results.delete(item.uri)
    schedule(item.uri)
  })

  connection.onDidChangeTextDocument(({textDocument: id, contentChanges}) => {
    const document = id && documents.get(id.uri)
    if (!document || !Array.isArray(contentChanges)) return
    TextDocument.update(document, contentChanges, Number(id.version) || document.version + 1)
    schedule(id.uri)
  })

  connection.onDidSaveTextDocument(({textDocument: id}) => {
    if (isConfigPath(pathOf(id?.uri))) {
      reset()
      relintAll()
    }
  })

  connection.onDidCloseTextDocument(({textDocument: id}) => {
    if (!id || !documents.has(id.uri)) return
    documents.delete(id.uri)
    results.delete(id.uri)
    lastRun.delete(id.uri)
    timers.get(id.uri)?.()
    timers.delete(id.uri)
    publish({uri: id.uri, diagnostics: []})
  })

  connection.onCodeAction(async (params: CodeActionParams) => {
    const uri = params?.textDocument?.uri
    const range = params?.range
    if (typeof uri !== 'string' || !range?.start || !range.end) throw new ResponseError(ErrorCodes.InvalidParams, 'lint-news: codeAction needs textDocument.uri and range')
    const document = documents.get(uri)
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `lint-news: ${uri} is not open`)
    const only = params.context?.only
    if (only && !only.some((kind) => kind === '' || CodeActionKind.QuickFix === kind || CodeActionKind.QuickFix.startsWith(kind + '.'))) return []
    const {vocabularyDir} = await load()
    let result = results.get(uri)
    if (!result || result.version !== document.version) result = lintNow(uri)
    if (!result) return []
    const path = pathOf(uri)
    const format = formatFor(document.languageId, path)
    const fixes: CodeAction[] = []
    const others: CodeAction[] = []
    result.messages.forEach((message, index) => {
      const diagnostic = result.diagnostics[index]
      if (!overlaps(diagnostic.range, range) || !message.ruleId) return
      fixes.push(...quickFixes(message, diagnostic, uri))
      const accept = categories.get(message.ruleId) === 'spelling' ? acceptFor(message, diagnostic, path, vocabularyDir) : undefined
      if (accept) others.push(accept)
      const disable = format && disableAction(message.ruleId, diagnostic, document, format)
      if (disable) others.push(disable)
    })
    return [...fixes, ...others]
  })

  function acceptFor(message: VFileMessage, diagnostic: Diagnostic, path: string | undefined, vocabularyDir: string): CodeAction | undefined {
    const word = message.actual?.trim()
    const {root} = rootOf(path)
    if (!word || /\s/.test(word) || !root) return undefined
    const target = join(root, vocabularyDir, 'accept.txt')
    const uri = pathToFileURL(target).href
    // The editor's copy wins over the disk's: the edit applies to what it shows.
    let current = documents.get(uri)?.getText()
    if (current === undefined) {
      try {
        current = readFileSync(target, 'utf8')
      } catch {
        if (!canCreateFiles) return undefined
      }
    }
    return acceptAction(word, diagnostic, uri, current)
  }

  connection.onShutdown(() => {
    for (const cancel of timers.values()) cancel()
    timers.clear()
  })

  connection.listen()
}

function pathOf(uri: string | undefined): string | undefined {
  if (!uri?.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

function stampOf(path: string): string {
  const stat = statSync(path, {throwIfNoEntry: false})
  return stat ? `${stat.mtimeMs}:${stat.size}` : '-'
}

/** The editor settings that are lint-news config: `rules` and `dialect`. */
export function settingsInput(value: unknown): ConfigInput {
  const given = (value && typeof value === 'object' && 'lintNews' in value ? (value as {lintNews: unknown}).lintNews : value) as
    | {rules?: unknown; dialect?: unknown}
    | null
    | undefined
  const input: ConfigInput = {}
  if (!given || typeof given !== 'object') return input
  if (given.rules && typeof given.rules === 'object' && Object.keys(given.rules).length > 0) input.rules = given.rules as ConfigInput['rules']
  if (typeof given.dialect === 'string' && given.dialect !== '') input.dialect = given.dialect as ConfigInput['dialect']
  return input
}
