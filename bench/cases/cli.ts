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
const runs = 3
const corpusBytes = 5 * 1024 * 1024
const fileCount = 1000

interface Run {
  seconds: number
  /** Peak resident set size in MB. */
  rss: number
}

// The engine issue sets its targets for its own first rules; the rest are
// measured with every rule on too, to show what the whole linter costs.
const engineRules = ['duplicate-word', 'typography-double-space', 'typography-mismatched-quotes', 'typography-space-before-punctuation']

export default async function (): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lint-news-bench-'))
  try {
    const {rules} = (await import(join(root, 'dist/rules/index.js'))) as {rules: Array<{meta: {id: string}}>}
    const engineConfig = join(dir, 'engine.json')
    writeFileSync(engineConfig, JSON.stringify({rules: Object.fromEntries(rules.filter((rule) => !engineRules.includes(rule.meta.id)).map((rule) => [rule.meta.id, 'off']))}))
    const {many, one} = corpus(dir)
    const rows: Row[] = []
    for (const [label, flags] of [
      ['first rules', ['--config', engineConfig]],
      ['all rules', ['--no-config']]
    ] as const) {
      const cold = median(Array.from({length: coldRuns}, () => run([...flags, join(seeds, '001_ffcef741cb91c7d5.txt')]).seconds))
      // The fastest of a few runs: this machine's noise only ever slows a run down.
      const manyRun = fastest(runs, () => run([...flags, many]))
      const oneRun = fastest(runs, () => run([...flags, one]))
      const mb = corpusBytes / 1024 / 1024
      const ratio = Math.max(oneRun.seconds / manyRun.seconds, manyRun.seconds / oneRun.seconds)
      const targets = label === 'first rules'
      rows.push(
        {name: `${label}: cold start, one seed (median of ${coldRuns})`, value: cold, unit: 's', ...(targets ? {target: '≤ 0.4 s', ok: cold <= 0.4} : {target: '≤ 0.6 s', ok: cold <= 0.6})},
        {name: `${label}: ${fileCount} files, 5 MB: throughput (best of ${runs})`, value: mb / manyRun.seconds, unit: 'MB/s', ...(targets ? {target: '≥ 3 MB/s', ok: mb / manyRun.seconds >= 3} : {})},
        {name: `${label}: ${fileCount} files, 5 MB: peak RSS`, value: manyRun.rss, unit: 'MB'},
        {name: `${label}: one 5 MB file: throughput (best of ${runs})`, value: mb / oneRun.seconds, unit: 'MB/s', ...(targets ? {target: '≥ 3 MB/s', ok: mb / oneRun.seconds >= 3} : {})},
        {name: `${label}: one 5 MB file: peak RSS`, value: oneRun.rss, unit: 'MB'},
        {name: `${label}: one file vs many files, slower over faster`, value: ratio, unit: '×', target: '≤ 1.5×', ok: ratio <= 1.5}
      )
    }
    return rows
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

function fastest(times: number, once: () => Run): Run {
  const all = Array.from({length: times}, once)
  return all.reduce((best, next) => (next.seconds < best.seconds ? next : best))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
