// What the CLI lints: paths, directories and globs expanded to files, and each
// file (or stdin) read and checked before it reaches lint(). Reads only.
import {readFileSync, statSync, type Stats} from 'node:fs'
import {isAbsolute, relative, resolve, sep} from 'node:path'
import {extensions, isSupportedPath} from './format.js'

/** A file or argument that cannot be linted; the run goes on without it. */
export class InputError extends Error {
  override name = 'InputError'
  constructor(
    readonly where: string,
    reason: string
  ) {
    super(`${where}: ${reason}`)
  }
}

export interface Expanded {
  /** Absolute paths, in argument order, each once. */
  files: string[]
  problems: InputError[]
}

const ignore = ['**/node_modules/**']

/** Turn path, directory and glob arguments into files. */
export async function expand(args: readonly string[], cwd: string): Promise<Expanded> {
  const files = new Set<string>()
  const problems: InputError[] = []
  for (const arg of args) {
    const absolute = resolve(cwd, arg)
    const stats = statOrUndefined(absolute)
    let found: string[]
    if (stats?.isFile()) {
      found = [absolute]
    } else {
      // Loaded here, not at the top: plain file paths are the common, latency-bound case.
      const {glob, isDynamicPattern} = await import('tinyglobby')
      if (stats?.isDirectory()) {
        // Dot-directories are skipped inside the walk, not when named outright.
        found = await glob('**/*', {cwd: absolute, ignore, absolute: true, dot: false})
        if (found.length === 0) problems.push(new InputError(arg, 'directory is empty'))
      } else if (!stats && isDynamicPattern(arg)) {
        found = await glob(arg, {cwd, ignore, absolute: true, dot: false})
        if (found.length === 0) problems.push(new InputError(arg, 'no files match this pattern'))
      } else {
        problems.push(new InputError(arg, stats ? 'not a regular file' : 'no such file or directory'))
        continue
      }
    }
    const supported = stats?.isFile() ? found : found.filter(isSupportedPath)
    if (found.length > 0 && supported.length === 0) {
      problems.push(new InputError(arg, `no files with a supported extension (${extensions.join(', ')})`))
    }
    for (const file of supported.sort()) files.add(file)
  }
  return {files: [...files], problems}
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

/** Read a file for linting; throws InputError naming `where` and the reason. */
export function readInput(path: string, where: string, maxFileSize: number): string {
  let buffer: Buffer
  try {
    // Size first, so a huge file is never read into memory.
    const stats = statSync(path)
    if (!stats.isFile()) throw new InputError(where, 'not a regular file')
    if (stats.size > maxFileSize) throw tooBig(where, stats.size, maxFileSize)
    buffer = readFileSync(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(where, describe(error as NodeJS.ErrnoException))
  }
  return decode(buffer, where)
}

/** Read all of stdin, stopping once it is over the size limit. */
export async function readStream(stream: AsyncIterable<Buffer | string>, where: string, maxFileSize: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > maxFileSize) throw tooBig(where, size, maxFileSize, true)
    chunks.push(buffer)
  }
  return decode(Buffer.concat(chunks), where)
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** UTF-8 text only. `ignoreBOM` keeps a BOM in the string so offsets stay those of the file. */
export function decode(buffer: Buffer, where: string): string {
  // NUL never appears in text; UTF-16 files land here too, which is right: only UTF-8 is read.
  const nul = buffer.indexOf(0)
  if (nul !== -1) throw new InputError(where, `binary file (NUL byte at offset ${nul}); only UTF-8 text is linted`)
  try {
    return utf8.decode(buffer)
  } catch {
    throw new InputError(where, 'invalid UTF-8; only UTF-8 text is linted (re-save the file as UTF-8)')
  }
}

function tooBig(where: string, size: number, max: number, partial = false): InputError {
  return new InputError(where, `file is ${partial ? 'at least ' : ''}${bytes(size)}, over the limit of ${bytes(max)} (--max-file-size or maxFileSize)`)
}

function bytes(count: number): string {
  return count < 1024 * 1024 ? `${count} bytes` : `${(count / 1024 / 1024).toFixed(1)} MB`
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    default:
      return error.code ? `cannot read (${error.code})` : `cannot read (${error.message})`
  }
}

/** The name a file has in reports: relative to cwd with forward slashes, or absolute when outside it. */
export function displayPath(path: string, cwd: string): string {
  const name = relative(cwd, path)
  return name.startsWith('..') || isAbsolute(name) ? path : name.split(sep).join('/')
}
