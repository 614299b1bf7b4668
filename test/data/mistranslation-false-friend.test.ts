// Validates the data of mistranslation-false-friend: unique entries, patterns
// that compile and match whole phrases, complete examples, and each entry's
// own examples run through the rule.
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {rules} from '../../rules/index.js'
import {falseFriends} from '../../rules/mistranslation-false-friend.data.js'
import {compile} from '../../rules/mistranslation-false-friend.js'

const id = 'mistranslation-false-friend'
const only = {rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === id ? 'warn' : 'off'] as const))}
const run = (text: string) => lint({value: text, format: 'text'}, only).messages

describe('mistranslation-false-friend data', () => {
  it('has at least 26 entries with unique ids, patterns and examples', () => {
    expect(falseFriends.length).toBeGreaterThanOrEqual(26)
    for (const key of ['id', 'wrong'] as const) {
      const values = falseFriends.map((entry) => entry[key])
      expect(values.filter((value, index) => values.indexOf(value) !== index)).toEqual([])
    }
    const texts = falseFriends.flatMap((entry) => [entry.examples.flag.text, entry.examples.pass])
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([])
  })

  it.each(falseFriends.map((entry) => [entry.id, entry] as const))('%s is well formed', (_id, entry) => {
    expect(entry.id).toMatch(/^[a-z]+(-[a-z]+)+$/)
    expect(entry.from.length).toBeGreaterThan(0)
    expect(entry.why.length).toBeGreaterThan(5)
    expect(entry.context.length).toBeGreaterThan(3)
    expect(() => compile(entry)).not.toThrow()
    // A pattern that matches nothing would loop or flag every position.
    expect(compile(entry).wrong.test('')).toBe(false)
    expect(Object.keys(entry.intended).length).toBeGreaterThan(0)
    for (const forms of Object.values(entry.intended)) expect(forms.length).toBeGreaterThan(0)
    const {flag, pass} = entry.examples
    expect(flag.text).toContain(flag.quote)
    expect(pass).not.toBe(flag.text)
    expect(flag.expected.length).toBeGreaterThan(0)
  })

  it.each(falseFriends.map((entry) => [entry.id, entry] as const))('%s flags its example and leaves its near miss alone', (_id, entry) => {
    const {flag, pass} = entry.examples
    const messages = run(flag.text)
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([[flag.quote, [...flag.expected]]])
    expect(messages[0].reason).toContain(entry.why)
    expect(run(pass).map((message) => message.actual)).toEqual([])
  })
})
