// The core in-process, without process start or disk: throughput of lint() on
// the seeds as many articles and as one long document, in each format, to
// show that cost grows linearly with length.
import {readFileSync, readdirSync} from 'node:fs'
import type {Format} from '../../src/format.js'
import {lint} from '../../src/index.js'
import type {Row} from '../bench.js'

const seedsDir = new URL('../../../seeds/', import.meta.url)

export default async function core(): Promise<Row[]> {
  const seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, seedsDir), 'utf8'))
  const rows: Row[] = []
  const articles = Array.from({length: Math.ceil(2e6 / seeds.join('').length)}, () => seeds).flat()
  const bytes = articles.join('\n\n').length
  const many = time(() => {
    for (const article of articles) lint(article)
  })
  const one = time(() => lint(articles.join('\n\n')))
  rows.push({name: `text, ${mb(bytes)} MB as ${articles.length} articles`, value: bytes / 1e6 / many, unit: 'MB/s'})
  rows.push({name: `text, the same as one document`, value: bytes / 1e6 / one, unit: 'MB/s'})
  rows.push({name: 'one document vs many articles', value: one / many, unit: '×', target: '≤ 1.5×', ok: one / many <= 1.5})
  for (const format of ['markdown', 'html'] as Format[]) {
    const documents = articles.slice(0, 100).map((article) => (format === 'html' ? toHtml(article) : article))
    const size = documents.join('').length
    const seconds = time(() => {
      for (const value of documents) lint({value, format})
    })
    rows.push({name: `${format}, ${mb(size)} MB as ${documents.length} documents`, value: size / 1e6 / seconds, unit: 'MB/s'})
  }
  const article = seeds[1]
  lint(article)
  const warm = time(() => {
    for (let run = 0; run < 50; run++) lint(article)
  })
  rows.push({name: 'warm lint of one seed article', value: (warm / 50) * 1000, unit: 'ms'})
  return rows
}

function time(work: () => void): number {
  const start = performance.now()
  work()
  return (performance.now() - start) / 1000
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1)
}

function toHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return '<!doctype html><body>' + escaped.split(/\n\s*\n/).map((part) => `<p>${part}</p>`).join('\n') + '</body>'
}
