// Long adversarial lines for the residue and duplicate rules: near misses of
// every pattern, repeated until the line is 50,000 characters long. A pattern
// that backtracks catastrophically (or merely quadratically: 50,000² steps)
// takes far longer than the generous timeout; a linear one takes milliseconds.
// The timeout guards against a hang; speed itself is measured in npm run bench.
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {rules} from '../rules/index.js'

const length = 50_000
const hangGuard = 5_000

const ids = rules.map((rule) => rule.meta.id).filter((id) => id.startsWith('residue-') || id === 'duplicate-paragraph' || id === 'duplicate-sentence')
const config = {rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, ids.includes(rule.meta.id) ? ('warn' as const) : ('off' as const)]))}

const fill = (head: string, unit: string, tail = ''): string => head + unit.repeat(Math.ceil((length - head.length - tail.length) / unit.length)) + tail

const lines: Record<string, string> = {
  'a run of spaces inside a line': fill('x', ' ', 'y'),
  'spaces and tabs before a credit label': fill('Caption', ' \t', 'Photo'),
  'dotted segments without a media extension': fill('', 'a.', 'jp'),
  'hyphenated segments without a media extension': fill('', 'a-', '.jp'),
  'slash-separated names without an agency': fill('', 'Ab / '),
  'a credit with too many names': fill('Photo by ', 'Ab '),
  'an endless handle': fill('Skip Twitter post by @', 'a'),
  'a teaser label followed by spaces': fill('Read more:', ' ', 'x'),
  'a metadata field followed by spaces': fill('keywords:', ' ', 'x'),
  'unclosed template braces': fill('', '{{ '),
  'glued words without a colon': fill('', 'RussiaPhoto'),
  'one long capitalised word': fill('', 'A'),
  'punctuation ending in a letter': fill('', '. ', 'a'),
  'a near time code': fill('', '1:2', ':'),
  'repeated words with no sentence end': fill('', 'the same words again ')
}

describe('residue and duplicate rules on long adversarial lines', () => {
  it('covers the rules it is meant to', () => {
    expect(ids.length).toBeGreaterThanOrEqual(14)
  })

  it.each(Object.entries(lines))('%s', (_name, line) => {
    expect(line.length).toBeGreaterThanOrEqual(length)
    for (const format of ['text', 'markdown'] as const) lint({value: line, format}, config)
  }, hangGuard)
})
