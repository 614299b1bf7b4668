// Real misspellings of common words, each in a news sentence
// (test/fixtures/misspellings.tsv): spelling-unknown-word must flag nearly all
// of them, and its first suggestion must nearly always be the intended word.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {rules} from '../rules/index.js'

const rows = readFileSync(new URL('./fixtures/misspellings.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string])

const onlySpelling = {rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'spelling-unknown-word' ? 'warn' : 'off']))} as never

describe('common misspellings in context', () => {
  const missed: string[] = []
  const wrong: string[] = []
  for (const [misspelling, intended, sentence] of rows) {
    const message = lint({value: sentence}, onlySpelling).messages.find((item) => item.actual === misspelling)
    if (!message) missed.push(misspelling)
    else if (message.expected?.[0] !== intended) wrong.push(`${misspelling} → ${message.expected?.join(', ') ?? 'nothing'} (want ${intended})`)
  }

  it('has a sentence with its misspelling on every row', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100)
    expect(rows.filter(([misspelling, , sentence]) => !sentence.includes(misspelling))).toEqual([])
  })

  it('flags at least 95%', () => {
    expect(missed.length <= rows.length * 0.05 ? [] : missed).toEqual([])
  })

  it('suggests the intended word first for at least 90%', () => {
    expect(rows.length - missed.length - wrong.length).toBeGreaterThanOrEqual(Math.ceil(rows.length * 0.9))
  })

  it('reports what it missed and got wrong', () => {
    console.log(`misspellings: ${rows.length}, flagged ${rows.length - missed.length}, first suggestion right ${rows.length - missed.length - wrong.length}`)
    if (missed.length) console.log('missed:', missed.join(', '))
    if (wrong.length) console.log('wrong first suggestion:\n  ' + wrong.join('\n  '))
  })
})
