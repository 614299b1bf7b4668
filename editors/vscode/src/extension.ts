// The VS Code side of lint-news: finds the language server, runs it over
// stdio, and hands it the `lintNews` settings, which it lays over each
// project's .lintnewsrc.json.
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = new LanguageClient('lintNews', 'lint-news', serverOptions(), clientOptions())
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // Settings reach the running server; a different server needs a new process.
      if (!event.affectsConfiguration('lintNews.server.path')) return
      await client?.stop()
      client = new LanguageClient('lintNews', 'lint-news', serverOptions(), clientOptions())
      await client.start()
    })
  )
  await client.start()
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop()
}

/** The setting, else the workspace's own lint-news, else `lint-news-lsp` on the PATH. */
function serverOptions(): ServerOptions {
  const configured = vscode.workspace.getConfiguration('lintNews').get<string>('server.path', '').trim()
  const local = (vscode.workspace.workspaceFolders ?? [])
    .map((folder) => join(folder.uri.fsPath, 'node_modules', 'lint-news', 'dist', 'src', 'server-main.js'))
    .find((path) => existsSync(path))
  const target = configured || local
  // A script runs on VS Code's own Node; a command is spawned as it is.
  if (target?.endsWith('.js')) return {module: target, transport: TransportKind.stdio}
  return {command: target || 'lint-news-lsp', transport: TransportKind.stdio, options: {shell: process.platform === 'win32'}}
}

function clientOptions(): LanguageClientOptions {
  const languages = ['plaintext', 'markdown', 'html']
  return {
    documentSelector: languages.flatMap((language) => [
      {scheme: 'file', language},
      {scheme: 'untitled', language}
    ]),
    initializationOptions: {lintNews: settings()},
    synchronize: {configurationSection: 'lintNews'}
  }
}

function settings(): {rules: unknown; dialect: unknown} {
  const config = vscode.workspace.getConfiguration('lintNews')
  return {rules: config.get('rules'), dialect: config.get('dialect')}
}
