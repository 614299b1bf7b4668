// A long adversarial line through the machine-translation rules (issue 3):
// repeated near-matches of every pattern, with no sentence or line break, must
// finish. Not timed (speed is measured in `npm run bench`); a pattern with
// catastrophic backtracking would not finish within the test timeout.
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {rules} from '../rules/index.js'

const ids = [
  'garbled-doubled-subject',
  'garbled-inverted-verb',
  'garbled-missing-determiner',
  'mistranslation-false-friend',
  'mixed-script',
  'number-apposition',
  'pronoun-animacy'
]
const mine = {rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, ids.includes(rule.meta.id) ? 'warn' : 'off'] as const))}

const pieces = [
  'Smith, 26, ',
  'President Alexander Ivan Petrov Smith ',
  'the 65-year-old Alexander Smith Petrov ',
  'ruled the country the country the country for ',
  'it it it swung a a a ',
  'as the the the there it there it ',
  'said is said is ',
  'it only it only ',
  'Pаrisа Κyiv протестующих 会议 ',
  'in the frame of in the frames of ',
  'Protestants protest rally ',
  'any eventual manifestation ',
  'circling over its circling over its ',
  '“rats” “',
  '1, 2, 3, 4, '
]

function adversarialLine(length: number): string {
  let line = ''
  for (let n = 0; line.length < length; n++) line += pieces[n % pieces.length]
  return line.slice(0, length)
}

describe('machine-translation rules on a long adversarial line', () => {
  it('finishes on 100,000 characters without a line or sentence break', () => {
    const value = adversarialLine(100_000)
    const file = lint({value, format: 'text'}, mine)
    expect(file.messages.length).toBeGreaterThan(0)
    for (const message of file.messages) expect(ids).toContain(message.ruleId)
  })

  it('finishes on one repeated piece per pattern', () => {
    for (const piece of pieces) {
      const value = piece.repeat(Math.ceil(20_000 / piece.length))
      expect(() => lint({value, format: 'text'}, mine)).not.toThrow()
    }
  })
})
