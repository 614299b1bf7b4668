// The built-in news vocabulary (rules/spelling/news-vocabulary.data.ts) keeps
// its invariants: sorted, every spelling once, one word a spelling, variants
// in groups of two or more, and no lowercase entry the dictionaries already know.
import {describe, expect, it} from 'vitest'
import {getLexicon, knows} from '../../rules/spelling/lexicon.js'
import {newsEntries} from '../../rules/spelling/vocabulary.js'

const first = (entry: readonly string[]) => entry[0]
const order = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : a > b ? 1 : 0)

describe('news vocabulary', () => {
  it('is big enough to matter', () => {
    expect(newsEntries.length).toBeGreaterThan(300)
  })

  it('is sorted case-insensitively by first spelling', () => {
    const names = newsEntries.map(first)
    expect(names).toEqual([...names].sort(order))
  })

  it('lists every spelling once', () => {
    const all = newsEntries.flat()
    expect(all.filter((spelling, index) => all.indexOf(spelling) !== index)).toEqual([])
  })

  it('holds single words that the spelling check would see as words', () => {
    expect(newsEntries.flat().filter((spelling) => !/^\p{L}[\p{L}\p{M}']*\p{L}$/u.test(spelling))).toEqual([])
  })

  it('has no lowercase entry the dictionaries already know', () => {
    const lexicon = getLexicon()
    const lowercase = newsEntries.filter((entry) => entry.length === 1 && /^\p{Ll}/u.test(entry[0])).map(first)
    expect(lowercase.filter((word) => knows(lexicon, word))).toEqual([])
  })

  it('groups variants in twos or more, all capitalised names', () => {
    for (const entry of newsEntries.filter((item) => item.length > 1)) {
      expect(entry.every((spelling) => /^\p{Lu}/u.test(spelling)), entry.join(' | ')).toBe(true)
    }
  })
})
