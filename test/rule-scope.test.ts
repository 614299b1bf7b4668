// A rule that declares `scope: 'block'` lets lint() check a long document a
// section at a time (src/lint.ts). That is safe only if the rule's findings
// in a block never depend on another block: checked here by linting each
// rule's examples, all in one document, and the seeds, block by block (a
// section of one paragraph) and whole, and requiring the same messages.
import {describe, expect, it, vi} from 'vitest'
import {resolveConfig} from '../src/config.js'
import {formats, type Format} from '../src/format.js'
import {lint} from '../src/index.js'
import {lintInSections} from '../src/lint.js'
import {processorFor} from '../src/processor.js'
import {rules} from '../rules/index.js'
import {onlyRule} from './helpers/config.js'
import {embed} from './helpers/embed.js'
import {seedNames, seedText} from './helpers/seeds.js'

const described = (file: ReturnType<typeof lint>) =>
  file.messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined
    return `${message.ruleId}@${place?.start.offset}-${place?.end.offset}: ${message.reason} → ${JSON.stringify(message.expected)}`
  })

const seeds = seedNames.map(seedText)

const blockRules = rules.filter((rule) => rule.meta.scope === 'block')

describe.each(blockRules.map((rule) => [rule.meta.id, rule] as const))('%s, scope block', (_, rule) => {
  const config = resolveConfig({input: onlyRule(rule)})
  const examples = [...rule.examples.valid.map((example) => (typeof example === 'string' ? {text: example} : example)), ...rule.examples.invalid]
  const textsIn = (format: Format) => examples.filter((example) => (example.formats ?? formats).includes(format)).map((example) => example.text)
  const flaggedIn = formats.filter((format) => rule.examples.invalid.some((example) => (example.formats ?? formats).includes(format)))

  it.each(flaggedIn)('finds the same in its examples, one block at a time or all together (%s)', (format: Format) => {
    const {source} = embed(textsIn(format).join('\n\n'), format)
    const whole = lintInSections({value: source, format}, config, Infinity)
    const byBlock = lintInSections({value: source, format}, config, 1)
    expect(whole.messages.length).toBeGreaterThan(0)
    expect(described(byBlock)).toEqual(described(whole))
  })

  it('finds the same in the seeds, one block at a time or whole', () => {
    for (const value of seeds) {
      expect(described(lintInSections({value, format: 'text'}, config, 1))).toEqual(described(lintInSections({value, format: 'text'}, config, Infinity)))
    }
  })
})

describe('a long document', () => {
  // Well over one section: every seed, several times over.
  const value = Array.from({length: 4}, () => seeds.join('\n\n')).join('\n\n')

  it('is checked in sections when only block-scoped rules are on, with the same messages as whole', () => {
    const config = resolveConfig({input: {rules: Object.fromEntries(rules.filter((rule) => rule.meta.scope === 'document').map((rule) => [rule.meta.id, 'off']))}})
    const runs = vi.spyOn(processorFor(config), 'runSync')
    const file = lint({value, format: 'text'}, config)
    expect(runs.mock.calls.length).toBeGreaterThan(value.length / (16 * 1024))
    expect(file.messages.length).toBeGreaterThan(100)
    expect(described(file)).toEqual(described(lintInSections({value, format: 'text'}, config, Infinity)))
  })

  it('is checked whole when a document-scoped rule is on', () => {
    const config = resolveConfig({input: {}})
    const runs = vi.spyOn(processorFor(config), 'runSync')
    lint({value, format: 'text'}, config)
    expect(runs).toHaveBeenCalledTimes(1)
  })
})
