import {describe, expect, it} from 'vitest'
import {checkWords} from '../helpers/phrase-data.js'
import {creditNames, pictureOnlyNames} from '../../rules/residue-photo-credit.data.js'

describe('residue-photo-credit names', () => {
  checkWords('creditNames', creditNames)
  checkWords('pictureOnlyNames', pictureOnlyNames)
  it('every picture-only name is also a credit name', () => {
    for (const name of pictureOnlyNames) expect(creditNames).toContain(name)
  })
})
