// lint(): the one core that the CLI, the language server and programs share.
// It reads nothing from disk and prints nothing.
import {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {resolveConfig, type Config, type ConfigInput} from './config.js'
import {applyInlineControl} from './control.js'
import {Document} from './document.js'
import {formatOf, formats as allFormats, type Format} from './format.js'
import {loadParser, parse} from './parse.js'
import {processorFor, scopeOf} from './processor.js'

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
 * Characters of prose per section when every rule that is on judges a block
 * by itself. Small, so that a section's tree is garbage before the young
 * generation's next collection would copy it: on one 5 MB file, 8 KB
 * sections ran in 0.9 s, 128 KB ones in 1.45 s, one section in 1.8 s.
 */
const blockSectionSize = 8 * 1024

/**
 * Lint one document, whose format loadFormats() has loaded. `config` is a
 * resolved Config (from resolveConfig) or a ConfigInput laid over the
 * defaults; it throws ConfigError on a bad one.
 */
export function lint(input: LintInput | string, config?: Config | ConfigInput): VFile {
  const resolved = config && 'resolved' in config ? config : resolveConfig({input: config ?? {}})
  return lintInSections(input, resolved, scopeOf(resolved) === 'block' ? blockSectionSize : Infinity)
}

/**
 * lint(), checking the document `sectionSize` characters at a time (whole
 * paragraphs): the same messages, as long as only block-scoped rules are on.
 * Exported for the test that holds rules to their declared scope.
 */
export function lintInSections(input: LintInput | string, config: Config, sectionSize: number): VFile {
  const {value, path, format: given} = typeof input === 'string' ? {value: input} : input
  const format = given ?? formatOf(path)
  const file = new VFile({value, path})
  file.data.format = format
  // A BOM becomes a space of the same length, so offsets stay those of the file.
  const source = value.charCodeAt(0) === 0xfeff ? ' ' + value.slice(1) : value
  const processor = processorFor(config)
  const {place, sections} = parse(source, format, sectionSize)
  for (const section of sections) {
    file.data.document = new Document(value, section, format, place)
    processor.runSync(section, file)
  }
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
