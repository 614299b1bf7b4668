// npm run bench: speed and memory, measured, never asserted in tests.
// Each case module in bench/cases/ exports a default async function that
// returns rows; this runner prints them as one table.
import {readdirSync} from 'node:fs'

export interface Row {
  name: string
  value: number
  unit: string
  /** The target, as text ("≤ 0.4 s"), when the issue sets one. */
  target?: string
  ok?: boolean
}

const dir = new URL('./cases/', import.meta.url)
const only = process.argv.slice(2)
const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.js') && (only.length === 0 || only.some((part) => name.includes(part))))
  .sort()

for (const name of cases) {
  const module = (await import(new URL(name, dir).href)) as {default: () => Promise<Row[]>}
  console.log(`\n## ${name.replace(/\.js$/, '')}`)
  for (const row of await module.default()) {
    const mark = row.ok === undefined ? '' : row.ok ? '  ok' : '  MISSED'
    console.log(`${row.name.padEnd(58)} ${formatValue(row.value).padStart(10)} ${row.unit.padEnd(6)} ${row.target ?? ''}${mark}`)
  }
}

function formatValue(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(3)
}
