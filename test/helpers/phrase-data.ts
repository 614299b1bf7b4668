// Checks shared by the tests of residue phrase lists (test/data/residue-*.test.ts).
import {describe, expect, it} from 'vitest'
import type {Phrase} from '../../src/phrase-list.js'

// What a rule allows after a phrase: a colon, full stop or arrow.
const trailing = String.raw`[\s:.!?»›→>|]*`

/** Every pattern compiles, no two are the same, and each matches all of each of its examples. */
export function checkPhrases(name: string, phrases: readonly Phrase[]): void {
  describe(name, () => {
    it('has no duplicate patterns and no empty entries', () => {
      const patterns = phrases.map((phrase) => phrase.pattern)
      expect(new Set(patterns).size).toBe(patterns.length)
      for (const phrase of phrases) {
        expect(phrase.family.length).toBeGreaterThan(0)
        expect(phrase.examples.length).toBeGreaterThan(0)
      }
    })

    it.each(phrases.map((phrase) => [phrase.pattern.slice(0, 60), phrase] as const))('%s matches its examples', (_pattern, phrase) => {
      const pattern = new RegExp(`^(?:${phrase.pattern})${trailing}$`, 'iu')
      for (const example of phrase.examples) expect(example).toMatch(pattern)
    })
  })
}

/** A word list: sorted case-insensitively, no duplicates, no blanks. */
export function checkWords(name: string, words: readonly string[]): void {
  it(`${name} is sorted, with no duplicates or blanks`, () => {
    const lower = words.map((word) => word.toLowerCase())
    expect(new Set(lower).size).toBe(words.length)
    expect([...words].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))).toEqual(words)
    for (const word of words) expect(word.trim()).toBe(word)
  })
}
