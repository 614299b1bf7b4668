// Runs every rule's own examples, in plain text, Markdown and HTML: each
// invalid example must give exactly its messages (rule, exact range, actual,
// suggestions), and each valid one none.
import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {formats, type Format} from '../src/format.js'
import type {InvalidExample, Rule, ValidExample} from '../src/rule.js'
import {rules} from '../rules/index.js'
import {onlyRule} from './helpers/config.js'
import {embed, find} from './helpers/embed.js'

function run(rule: Rule, example: ValidExample, format: Format) {
  const {source, map} = embed(example.text, format)
  const file = lint({value: source, format}, onlyRule(rule, example.options) as never)
  return {source, map, messages: file.messages}
}

const formatsOf = (example: ValidExample) => example.formats ?? formats

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  it('has complete metadata', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/)
    expect(existsSync(new URL(`../rules/${id}.ts`, import.meta.url))).toBe(true)
    expect(rule.meta.description).not.toMatch(/\n/)
    expect(rule.meta.description.length).toBeGreaterThan(10)
    expect(rule.meta.docs.length).toBeGreaterThan(rule.meta.description.length)
    expect(rule.examples.valid.length).toBeGreaterThan(0)
    expect(rule.examples.invalid.length).toBeGreaterThan(0)
    const suggests = rule.examples.invalid.some((example) => example.messages.some((message) => message.expected))
    expect(suggests).toBe(rule.meta.fixable)
  })

  it('has no duplicate examples, and every invalid example expects a message', () => {
    const texts = [...rule.examples.valid.map((example) => (typeof example === 'string' ? example : example.text)), ...rule.examples.invalid.map((example) => example.text)]
    expect(new Set(texts).size).toBe(texts.length)
    for (const example of rule.examples.invalid) expect(example.messages.length).toBeGreaterThan(0)
  })

  const valid = rule.examples.valid.map((example) => (typeof example === 'string' ? {text: example} : example))
  for (const example of valid) {
    for (const format of formatsOf(example)) {
      it(`leaves alone (${format}): ${JSON.stringify(example.text.slice(0, 70))}`, () => {
        const {messages} = run(rule, example, format)
        expect(messages.map((message) => `${message.reason} [${message.actual}]`)).toEqual([])
      })
    }
  }

  for (const example of rule.examples.invalid) {
    for (const format of formatsOf(example)) {
      it(`flags (${format}): ${JSON.stringify(example.text.slice(0, 70))}`, () => {
        checkInvalid(rule, example, format)
      })
    }
  }
})

function checkInvalid(rule: Rule, example: InvalidExample, format: Format): void {
  const {source, map, messages} = run(rule, example, format)
  const actual = messages.map((message) => ({
    ruleId: message.ruleId,
    source: message.source,
    start: message.place && 'start' in message.place ? message.place.start.offset : undefined,
    end: message.place && 'start' in message.place ? message.place.end.offset : undefined,
    text: message.actual,
    expected: message.expected,
    url: message.url
  }))
  const wanted = example.messages.map((want) => {
    const at = find(example.text, want.quote, want.occurrence)
    expect(at, `quote ${JSON.stringify(want.quote)} is in the example`).toBeGreaterThanOrEqual(0)
    const start = map[at]
    const end = map[at + want.quote.length - 1] + (source[map[at + want.quote.length - 1]] === '&' ? source.indexOf(';', map[at + want.quote.length - 1]) - map[at + want.quote.length - 1] + 1 : 1)
    return {
      ruleId: rule.meta.id,
      source: 'lint-news',
      start,
      end,
      text: source.slice(start, end),
      expected: want.expected,
      url: expect.stringContaining(rule.meta.id)
    }
  })
  expect(actual).toEqual(wanted)
}
