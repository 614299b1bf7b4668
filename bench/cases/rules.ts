// What each rule costs on its own: lint a long document of seed text with
// only that rule on, and subtract the cost with every rule off (parsing).
import {readFileSync, readdirSync} from 'node:fs'
import {resolveConfig} from '../../src/config.js'
import {lintInSections} from '../../src/lint.js'
import {rules} from '../../rules/index.js'
import type {Row} from '../bench.js'

const seedsDir = new URL('../../../seeds/', import.meta.url)
const runs = 5

export default async function ruleCosts(): Promise<Row[]> {
  const seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, seedsDir), 'utf8'))
  // About 10,000 words: the seeds four times over, as separate articles so
  // that article-wide rules see article-sized input.
  const articles = Array.from({length: 4}, () => seeds).flat()
  const words = articles.join(' ').split(/\s+/).length
  const off = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off' as const]))
  // The best of a few repeats: a collection in one repeat would be charged
  // to whichever rule happened to run then.
  // Every run parses articles whole (one section), so that the run with all
  // rules off pays the same parse as one with a document-scoped rule on.
  const cost = (input: {rules: Record<string, 'off' | 'warn'>}) => {
    const config = resolveConfig({input})
    const lint = (value: string) => lintInSections({value, format: 'text'}, config, Infinity)
    for (const article of articles) lint(article)
    let best = Infinity
    for (let repeat = 0; repeat < 3; repeat++) {
      const start = performance.now()
      for (let run = 0; run < runs; run++) for (const article of articles) lint(article)
      best = Math.min(best, (performance.now() - start) / runs)
    }
    return best
  }
  const parse = cost({rules: off})
  const rows: Row[] = [{name: `parse only, ${words} words`, value: (parse * 1000) / words, unit: 'ms/kw'}]
  const perRule = rules.map((rule) => ({id: rule.meta.id, ms: cost({rules: {...off, [rule.meta.id]: 'warn'}}) - parse}))
  for (const {id, ms} of perRule.sort((a, b) => b.ms - a.ms)) rows.push({name: id, value: Math.max(0, (ms * 1000) / words), unit: 'ms/kw'})
  return rows
}
