// Finding and reading config from disk, for the CLI and the language server.
// A `.lintnewsrc.json`, or a `lintNews` key in package.json, found by walking up
// from each file; vocabulary lists in `.lintnews/accept.txt` and
// `.lintnews/reject.txt` beside it.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {ConfigError, resolveConfig, type Config, type ConfigInput} from './config.js'

export const configFileName = '.lintnewsrc.json'
export const vocabularyDir = '.lintnews'

export interface LoaderOptions {
  /** An explicit config file (--config); replaces the search. */
  configFile?: string
  /** false for --no-config: defaults and overrides only. */
  search?: boolean
  /** Layers over the file (flags, editor settings), in order. */
  overrides?: Array<{input: ConfigInput; where: string}>
}

export interface FoundConfig {
  /** The file the config came from, or undefined for none. */
  path?: string
  input: ConfigInput
}

/** Resolves the config for each file, caching by directory. */
export class ConfigLoader {
  private readonly options: LoaderOptions
  private readonly byDirectory = new Map<string, FoundConfig>()
  private readonly resolved = new Map<string | undefined, Config>()

  constructor(options: LoaderOptions = {}) {
    this.options = options
  }

  /** The config for a file at `path` (or for stdin, with `path` undefined). */
  forFile(path: string | undefined, cwd = process.cwd()): Config {
    const found = this.options.configFile
      ? this.read(resolve(cwd, this.options.configFile))
      : this.options.search === false
        ? {input: {}}
        : this.find(dirname(resolve(cwd, path ?? 'stdin')))
    let config = this.resolved.get(found.path)
    if (!config) {
      config = resolveConfig({input: found.input, where: found.path}, ...(this.options.overrides ?? []))
      this.resolved.set(found.path, config)
    }
    return config
  }

  /** The config file that applies in `directory`, walking up. */
  find(directory: string): FoundConfig {
    const cached = this.byDirectory.get(directory)
    if (cached) return cached
    let found: FoundConfig
    const rc = join(directory, configFileName)
    const pkg = join(directory, 'package.json')
    if (existsSync(rc)) found = this.read(rc)
    else if (existsSync(pkg) && hasKey(pkg)) found = this.read(pkg)
    // A vocabulary folder alone also marks a project root.
    else if (existsSync(join(directory, vocabularyDir))) found = {path: join(directory, vocabularyDir), input: withVocabulary({}, directory)}
    else found = dirname(directory) === directory ? {input: {}} : this.find(dirname(directory))
    this.byDirectory.set(directory, found)
    return found
  }

  private read(path: string): FoundConfig {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      throw new ConfigError(`${path}: cannot read config file`)
    }
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (error) {
      throw new ConfigError(`${path}: invalid JSON: ${(error as Error).message}`)
    }
    const input = (path.endsWith('package.json') ? (data as {lintNews?: unknown}).lintNews : data) as ConfigInput
    return {path, input: withVocabulary(input, dirname(path))}
  }
}

function hasKey(pkg: string): boolean {
  try {
    return typeof JSON.parse(readFileSync(pkg, 'utf8')).lintNews === 'object'
  } catch {
    return false
  }
}

/** Add the vocabulary files beside a config file to its input. */
function withVocabulary(input: ConfigInput, directory: string): ConfigInput {
  const accept = readList(join(directory, vocabularyDir, 'accept.txt'))
  const reject = readList(join(directory, vocabularyDir, 'reject.txt'))
  if (accept.length === 0 && reject.length === 0) return input
  if (typeof input !== 'object' || input === null) return input
  const vocabulary = input.vocabulary ?? {}
  return {...input, vocabulary: {accept: [...(vocabulary.accept ?? []), ...accept], reject: [...(vocabulary.reject ?? []), ...reject]}}
}

/** One entry per line; `#` starts a comment. */
export function readList(path: string): string[] {
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
}
