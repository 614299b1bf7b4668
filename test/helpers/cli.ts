// Run the CLI in-process, with its own streams and cwd, and make temp projects.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {Readable} from 'node:stream'
import {afterAll} from 'vitest'
import {main} from '../../src/main.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export interface CliOptions {
  cwd?: string
  stdin?: string | Buffer
  /** Pretend stdin is a terminal (nothing piped). */
  stdinTTY?: boolean
  stdoutTTY?: boolean
  env?: Record<string, string | undefined>
}

export async function cli(argv: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), {isTTY: options.stdinTTY})
  const code = await main(argv, {
    stdin,
    stdout: {write: (chunk: string) => (stdout += chunk), isTTY: options.stdoutTTY ?? false},
    stderr: {write: (chunk: string) => (stderr += chunk)},
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {}
  })
  return {code, stdout, stderr}
}

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, {recursive: true, force: true})
})

/** A temp directory holding `files` (relative path → content). */
export function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-news-cli-'))
  made.push(dir)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** Stable inputs: two default-on rules with known positions. */
export const repeated = 'The the cat sat.\n'
export const doubled = 'A dog  ran.\n'

export interface JsonFile {
  path?: string
  cwd: string
  messages: Array<{
    ruleId: string
    fatal: boolean
    reason: string
    line: number
    column: number
    place: {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
    actual?: string
    expected?: string[]
    url?: string
    source?: string
    related?: unknown[]
    ancestors?: unknown
  }>
}

export function parseJson(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[]
}
