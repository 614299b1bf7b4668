import {describe, expect, it} from 'vitest'
import {checkWords} from '../helpers/phrase-data.js'
import {colonLabels, labels, names, openers} from '../../rules/residue-glued-words.data.js'

describe('residue-glued-words lists', () => {
  checkWords('labels', labels)
  checkWords('colonLabels', colonLabels)
  checkWords('openers', openers)
  checkWords('names', names)
  it('labels and openers are capitalised words, in one list only', () => {
    const all = [...labels, ...colonLabels, ...openers]
    expect(new Set(all).size).toBe(all.length)
    for (const word of all) expect(word).toMatch(/^\p{Lu}\p{Ll}+(?: \p{Ll}+)?$/u)
  })
})
