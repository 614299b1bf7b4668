// The CLI without the process: argv → inputs → lint() → formatter → exit code.
// Tests call main() in-process with their own streams and cwd.
import type {VFile} from 'vfile'
import {rules} from '../rules/index.js'
import {CliError, helpText, parseCliArgs, version, type OutputFormat} from './cli-args.js'
import {ConfigError, resolveConfig, ruleFlag, type ConfigInput} from './config.js'
import {ConfigLoader} from './config-file.js'
import {formatOf} from './format.js'
import type {Formatter} from './formatters/types.js'
import {displayPath, expand, InputError, readInput, readStream} from './inputs.js'
import {lint, loadFormats} from './lint.js'

export interface Io {
  /** Read only when stdin is linted; a getter in the bin, so a TTY is never opened otherwise. */
  readonly stdin: AsyncIterable<Buffer | string> & {isTTY?: boolean}
  stdout: {write(chunk: string): unknown; isTTY?: boolean}
  stderr: {write(chunk: string): unknown}
  cwd: string
  env: Record<string, string | undefined>
}

export const issues = 'https://github.com/lint-news/lint-news/issues'

// Loaded on demand: each pulls in only what its format needs, which keeps cold start short.
const formatters: Record<OutputFormat, () => Promise<{default: Formatter}>> = {
  stylish: () => import('./formatters/stylish.js'),
  json: () => import('./formatters/json.js'),
  sarif: () => import('./formatters/sarif.js'),
  github: () => import('./formatters/github.js')
}

/** Run the CLI; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  const fail = (message: string) => io.stderr.write(`lint-news: ${message}\n`)
  try {
    return await run(argv, io, fail)
  } catch (error) {
    if (error instanceof CliError || error instanceof ConfigError) fail(error.message)
    else fail(`internal error: ${error instanceof Error ? error.message : String(error)}. This is a bug; please report it at ${issues}`)
    return 2
  }
}

async function run(argv: string[], io: Io, fail: (message: string) => void): Promise<number> {
  const options = parseCliArgs(argv)
  if (options.help) {
    io.stdout.write(helpText(rules))
    return 0
  }
  if (options.version) {
    io.stdout.write(version() + '\n')
    return 0
  }
  if (options.lsp) return startLanguageServer()

  const overrides: Array<{input: ConfigInput; where: string}> = options.rules.map((flag) => ({input: ruleFlag(flag), where: '--rule'}))
  if (options.maxFileSize !== undefined) overrides.push({input: {maxFileSize: options.maxFileSize}, where: '--max-file-size'})
  // Bad flags fail once, up front, rather than once per file.
  resolveConfig(...overrides)
  const loader = new ConfigLoader({configFile: options.config, search: !options.noConfig, overrides})

  const readsStdin = options.paths.length === 0 || options.paths.includes('-')
  if (options.paths.length === 0 && io.stdin.isTTY) throw new CliError('no input: give files, directories or globs, or pipe text to stdin (see --help)')

  const problems = new Set<string>()
  const files: VFile[] = []
  const expanded = await expand(
    options.paths.filter((path) => path !== '-'),
    io.cwd
  )
  for (const problem of expanded.problems) problems.add(problem.message)

  for (const path of expanded.files) {
    const name = displayPath(path, io.cwd)
    try {
      const config = loader.forFile(path, io.cwd)
      await loadFormats([formatOf(name)])
      files.push(lint({value: readInput(path, name, config.maxFileSize), path: name}, config))
    } catch (error) {
      if (!(error instanceof InputError || error instanceof ConfigError)) throw error
      problems.add(error.message)
    }
  }
  if (readsStdin) {
    const name = options.stdinFilename
    try {
      const config = loader.forFile(name, io.cwd)
      await loadFormats([formatOf(name)])
      files.push(lint({value: await readStream(io.stdin, name ?? '<stdin>', config.maxFileSize), path: name}, config))
    } catch (error) {
      if (!(error instanceof InputError || error instanceof ConfigError)) throw error
      problems.add(error.message)
    }
  }
  for (const problem of problems) fail(problem)

  let errors = 0
  let warnings = 0
  for (const file of files) {
    // --quiet drops warnings outright, so they count towards nothing, as in ESLint.
    if (options.quiet) file.messages = file.messages.filter((message) => message.fatal === true)
    for (const message of file.messages) {
      if (message.fatal) errors++
      else if (message.fatal === false) warnings++
    }
  }

  if (files.length > 0) {
    const formatter = (await formatters[options.format]()).default
    const color = options.color && !io.env.NO_COLOR && Boolean(io.stdout.isTTY)
    const output = formatter(files, {cwd: io.cwd, color})
    if (output) io.stdout.write(output)
  }

  if (problems.size > 0) return 2
  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    fail(`${warnings} warnings, more than --max-warnings ${options.maxWarnings}`)
    return 1
  }
  return 0
}

async function startLanguageServer(): Promise<number> {
  // Not a literal, so a build without the server still compiles and the CLI still runs.
  const specifier = './server.js'
  let server: {startServer?: () => void}
  try {
    server = (await import(specifier)) as typeof server
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new CliError(
      code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes('server.js')
        ? 'the language server is not part of this build (no server.js)'
        : `cannot start the language server: ${(error as Error).message}`
    )
  }
  if (typeof server.startServer !== 'function') throw new CliError('cannot start the language server: server.js exports no startServer()')
  server.startServer()
  return 0
}
