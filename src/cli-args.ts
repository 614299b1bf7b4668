// Command-line flags: parsing, checking and the help text.
import {readFileSync} from 'node:fs'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {didYouMean} from './config.js'

export const outputFormats = ['stylish', 'json', 'sarif', 'github'] as const
export type OutputFormat = (typeof outputFormats)[number]

export interface CliOptions {
  paths: string[]
  format: OutputFormat
  rules: string[]
  quiet: boolean
  maxWarnings?: number
  config?: string
  noConfig: boolean
  maxFileSize?: number
  stdinFilename?: string
  color: boolean
  help: boolean
  version: boolean
  lsp: boolean
}

/** A failure the CLI explains in one line (a bad flag, no input): exit code 2, no stack. */
export class CliError extends Error {
  override name = 'CliError'
}

const options = {
  format: {type: 'string', short: 'f'},
  rule: {type: 'string', multiple: true},
  quiet: {type: 'boolean', short: 'q'},
  'max-warnings': {type: 'string'},
  config: {type: 'string', short: 'c'},
  // Node 20's parseArgs has no allowNegative, so the negations are flags of their own.
  'no-config': {type: 'boolean'},
  'max-file-size': {type: 'string'},
  'stdin-filename': {type: 'string'},
  'no-color': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  lsp: {type: 'boolean'}
} satisfies ParseArgsConfig['options']

export function parseCliArgs(argv: string[]): CliOptions {
  let values: Record<string, string | string[] | boolean | undefined>
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({args: argv, options, allowPositionals: true, strict: true}))
  } catch (error) {
    throw new CliError(explain(error as Error))
  }
  const format = (values.format as string | undefined) ?? 'stylish'
  if (!(outputFormats as readonly string[]).includes(format)) {
    throw new CliError(`--format ${format}: expected one of ${outputFormats.join(', ')}` + didYouMean(format, outputFormats))
  }
  if (values.config !== undefined && values['no-config']) throw new CliError('--config and --no-config cannot be used together')
  return {
    paths: positionals,
    format: format as OutputFormat,
    rules: (values.rule as string[] | undefined) ?? [],
    quiet: Boolean(values.quiet),
    maxWarnings: count(values['max-warnings'] as string | undefined, '--max-warnings', 0),
    config: values.config as string | undefined,
    noConfig: Boolean(values['no-config']),
    maxFileSize: count(values['max-file-size'] as string | undefined, '--max-file-size', 1),
    stdinFilename: values['stdin-filename'] as string | undefined,
    color: !values['no-color'],
    help: Boolean(values.help),
    version: Boolean(values.version),
    lsp: Boolean(values.lsp)
  }
}

function count(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new CliError(`${flag} ${value}: expected a whole number${min > 0 ? ` of at least ${min}` : ''}`)
  return Number(value)
}

// parseArgs' own messages are long and suggest nothing; keep them to one line with a suggestion.
function explain(error: Error): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message)
  if (unknown) {
    const names = Object.keys(options).map((name) => '--' + name)
    return `unknown option ${unknown[1]}` + didYouMean(unknown[1], names)
  }
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(error.message)
  if (missing) return `${missing[1]} needs a value`
  return error.message.split('\n')[0]
}

export function version(): string {
  // Walk up from this module: the path differs between src/ (tests) and dist/src/ (the bin).
  let url = new URL('./', import.meta.url)
  for (let depth = 0; depth < 4; depth++, url = new URL('../', url)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', url), 'utf8')) as {name?: string; version?: string}
      if (pkg.name === 'lint-news' && pkg.version) return pkg.version
    } catch {
      // Not here; keep walking.
    }
  }
  return 'unknown'
}

export function helpText(rules: ReadonlyArray<{meta: {id: string; severity: string; description: string}}>): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length))
  return `Usage: lint-news [options] [paths...]

Lint English news copy. Paths are files, directories (searched for
.txt, .text, .md, .markdown, .html, .htm; node_modules and dot-directories
skipped) and globs. With no path, or "-", reads stdin.

Options:
  -f, --format <name>       stylish (default), json, sarif or github
      --rule <id=severity>  set a rule to off, warn or error (repeatable)
  -q, --quiet               report errors only; warnings are dropped
      --max-warnings <n>    exit 1 when there are more than n warnings
  -c, --config <file>       use this config file instead of searching
      --no-config           use no config file, only defaults and flags
      --max-file-size <n>   largest file to read, in bytes (default 20 MB)
      --stdin-filename <p>  name (and format, by extension) for stdin
      --no-color            no colour in stylish output (also NO_COLOR)
      --lsp                 start the language server on stdio
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors, 1 errors or too many warnings, 2 usage or input errors.

Config: .lintnewsrc.json or a "lintNews" key in package.json, found by
walking up from each file.

Rules (default severity):
${rules.map((rule) => `  ${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(5)}  ${rule.meta.description}`).join('\n')}
`
}
