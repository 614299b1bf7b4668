// lint(): the one core that the CLI, the language server and programs share.
// It reads nothing from disk and prints nothing.
import {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {resolveConfig, type Config, type ConfigInput} from './config.js'
import {applyInlineControl} from './control.js'
import {formatOf, formats as allFormats, type Format} from './format.js'
import {loadParser, parse} from './parse.js'
import {processorFor} from './processor.js'

export interface LintInput {
  value: string
  /** Used for the format (by extension) and in reports. */
  path?: string
  /** Overrides the format guessed from `path`. */
  format?: Format
}

/**
 * Load what lint() needs to read `formats` (all by default). The package
 * entry loads every format; the CLI loads only those of its inputs.
 */
export async function loadFormats(formats: readonly Format[] = allFormats): Promise<void> {
  await Promise.all(formats.map(loadParser))
}

/**
 * Lint one document, whose format loadFormats() has loaded. `config` is a
 * resolved Config (from resolveConfig) or a ConfigInput laid over the
 * defaults; it throws ConfigError on a bad one.
 */
export function lint(input: LintInput | string, config?: Config | ConfigInput): VFile {
  const {value, path, format: given} = typeof input === 'string' ? {value: input} : input
  const format = given ?? formatOf(path)
  const resolved = config && 'resolved' in config ? config : resolveConfig({input: config ?? {}})
  const file = new VFile({value, path})
  file.data.format = format
  // A BOM becomes a space of the same length, so offsets stay those of the file.
  const source = value.charCodeAt(0) === 0xfeff ? ' ' + value.slice(1) : value
  const tree = parse(source, format)
  processorFor(resolved).runSync(tree, file)
  // The rules' shared view of the tree is for this run only; kept, it would
  // hold every tree of a large batch in memory until the report.
  delete file.data.document
  applyInlineControl(file, source, format)
  file.messages.sort(compareMessage)
  return file
}

declare module 'vfile' {
  interface DataMap {
    format: Format
  }
}
