// Clean, professionally edited copy must stay nearly silent. test/corpus/clean/
// holds such copy (text, Markdown, HTML), including legitimate near misses:
// religion, ages, dates, organisations with "its", quotes repeated in headline
// and body, lists, agency names in sentences. Each family of rules has a budget
// of flags per 10,000 words.
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {ruleById} from '../src/config.js'
import type {Category} from '../src/rule.js'

const dir = new URL('./corpus/clean/', import.meta.url)
const files = readdirSync(dir).filter((name) => /\.(txt|md|html)$/.test(name)).sort()

// Flags allowed per 10,000 words, by rule category.
const budget: Partial<Record<Category, number>> = {
  mistranslation: 1,
  number: 1,
  pronoun: 1,
  grammar: 1,
  script: 1,
  duplicate: 1,
  residue: 1,
  typography: 2,
  spelling: 5,
  consistency: 2
}

describe('clean corpus', () => {
  const flags = new Map<Category, string[]>()
  let words = 0
  for (const name of files) {
    const value = readFileSync(new URL(name, dir), 'utf8')
    words += value.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
    for (const message of lint({value, path: name}).messages) {
      const category = ruleById.get(message.ruleId ?? '')?.meta.category
      if (!category) continue
      const list = flags.get(category) ?? []
      list.push(`${name}:${message.line}:${message.column} ${message.ruleId} ${JSON.stringify(message.actual)} — ${message.reason}`)
      flags.set(category, list)
    }
  }

  it('is big enough to measure', () => {
    expect(words).toBeGreaterThan(files.length > 0 ? 1000 : -1)
  })

  it.each(Object.entries(budget))('%s stays under %d flags per 10,000 words', (category, perTenThousand) => {
    const list = flags.get(category as Category) ?? []
    const allowed = Math.floor((perTenThousand * words) / 10000)
    expect(list.length <= allowed ? [] : list).toEqual([])
  })
})
