// The README rule list and docs/rules.md are generated from rule metadata;
// this fails when they are stale (fix: npm run docs).
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {listEnd, listStart, ruleList, ruleReference} from '../src/rule-docs.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

describe('generated docs', () => {
  it('README lists every rule (npm run docs)', () => {
    const readme = read('README.md')
    const list = readme.slice(readme.indexOf(listStart), readme.indexOf(listEnd) + listEnd.length)
    expect(list).toBe(ruleList(rules))
  })

  it('docs/rules.md is up to date (npm run docs)', () => {
    expect(read('docs/rules.md')).toBe(ruleReference(rules))
  })

  it('the registry is alphabetical, with unique ids', () => {
    const ids = rules.map((rule) => rule.meta.id)
    expect(ids).toEqual([...new Set(ids)].sort())
  })
})
