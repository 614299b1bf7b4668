// The CLI as users run it, a child process each time: cold start on one seed,
// and throughput on 5 MB of seed text as 1,000 files and as one file.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Row} from '../bench.js'

// This file runs as dist/bench/cases/cli.js.
const root = fileURLToPath(new URL('../../../', import.meta.url))
const cli = join(root, 'dist/src/cli.js')
const seeds = join(root, 'seeds')
const coldRuns = 9
const corpusBytes = 5 * 1024 * 1024
const fileCount = 1000

interface Run {
  seconds: number
  /** Peak resident set size in MB. */
  rss: number
}

export default async function (): Promise<Row[]> {
  const cold: number[] = []
  for (let index = 0; index < coldRuns; index++) cold.push(run([join(seeds, '001_ffcef741cb91c7d5.txt')]).seconds)
  const coldStart = median(cold)

  const dir = mkdtempSync(join(tmpdir(), 'lint-news-bench-'))
  try {
    const {many, one} = corpus(dir)
    const manyRun = run([many])
    const oneRun = run([one])
    const mb = corpusBytes / 1024 / 1024
    const ratio = Math.max(oneRun.seconds / manyRun.seconds, manyRun.seconds / oneRun.seconds)
    return [
      {name: `cold start, one seed (median of ${coldRuns})`, value: coldStart, unit: 's', target: '≤ 0.4 s', ok: coldStart <= 0.4},
      {name: `${fileCount} files, 5 MB: wall time`, value: manyRun.seconds, unit: 's'},
      {name: `${fileCount} files, 5 MB: throughput`, value: mb / manyRun.seconds, unit: 'MB/s', target: '≥ 3 MB/s', ok: mb / manyRun.seconds >= 3},
      {name: `${fileCount} files, 5 MB: peak RSS`, value: manyRun.rss, unit: 'MB'},
      {name: 'one 5 MB file: wall time', value: oneRun.seconds, unit: 's'},
      {name: 'one 5 MB file: throughput', value: mb / oneRun.seconds, unit: 'MB/s', target: '≥ 3 MB/s', ok: mb / oneRun.seconds >= 3},
      {name: 'one 5 MB file: peak RSS', value: oneRun.rss, unit: 'MB'},
      {name: 'one file vs many files, slower over faster', value: ratio, unit: '×', target: '≤ 1.5×', ok: ratio <= 1.5}
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/** The same 5 MB of seed lines, as 1,000 files and as one file. */
function corpus(dir: string): {many: string; one: string} {
  const lines = readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(seeds, name), 'utf8').split('\n'))
  const many = join(dir, 'many')
  mkdirSync(many)
  const perFile = corpusBytes / fileCount
  const texts: string[] = []
  let line = 0
  for (let index = 0; index < fileCount; index++) {
    let text = ''
    while (Buffer.byteLength(text) < perFile) text += lines[line++ % lines.length] + '\n'
    texts.push(text)
    writeFileSync(join(many, `${String(index).padStart(4, '0')}.txt`), text)
  }
  const one = join(dir, 'one.txt')
  writeFileSync(one, texts.join(''))
  return {many, one}
}

const time = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0

/** Run the CLI once; peak RSS from GNU time, or from the child itself when time is missing. */
function run(args: string[]): Run {
  const command = time ? '/usr/bin/time' : process.execPath
  const argv = time
    ? ['-v', process.execPath, cli, ...args]
    : [
        '--input-type=module',
        '-e',
        `process.on('exit', () => process.stderr.write('maxrss=' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 0, ${JSON.stringify(cli)}); await import(${JSON.stringify(cli)})`,
        ...args
      ]
  const start = performance.now()
  const child = spawnSync(command, argv, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024})
  const seconds = (performance.now() - start) / 1000
  // 0: clean, 1: lint errors found; both are a finished run.
  if (child.status !== 0 && child.status !== 1) throw new Error(`lint-news ${args.join(' ')} exited ${child.status}: ${child.stderr}`)
  const kilobytes = Number((time ? /Maximum resident set size \(kbytes\): (\d+)/ : /maxrss=(\d+)/).exec(child.stderr)?.[1] ?? NaN)
  return {seconds, rss: kilobytes / 1024}
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
