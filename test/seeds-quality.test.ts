// The seeds quality bar: no `clean` span of expected.json is ever flagged, and
// every required span listed below is caught. The list grows as rules land.
import {describe, expect, it} from 'vitest'
import {gold, hits, lintedSeeds} from './helpers/seeds.js'

// "file quote" of each required span caught so far, and the rule that catches it.
const caught: Array<[file: string, quote: string, ruleId: string]> = [
  ['000_47d23a9095cc180e.txt', "'crossed the line' .", 'typography-space-before-punctuation'],
  ['000_47d23a9095cc180e.txt', "'Of course we have obligations to Belarus,”", 'typography-mismatched-quotes'],
  ['001_ffcef741cb91c7d5.txt', 'control. ”', 'typography-space-before-punctuation'],
  ['001_ffcef741cb91c7d5.txt', '27 August , 2020', 'typography-space-before-punctuation']
]

describe('seeds', () => {
  it('the seed files are the shared ones', () => {
    expect([...lintedSeeds().keys()]).toEqual([...new Set(gold.flag.map((span) => span.file))].sort())
  })

  it.each(gold.clean.map((span) => [span.file, span.quote, span] as const))('leaves clean text alone: %s %s', (_file, _quote, span) => {
    expect(hits(span).map((message) => `${message.ruleId}: ${message.reason}`)).toEqual([])
  })

  it.each(caught)('catches %s %j with %s', (file, quote, ruleId) => {
    const spans = gold.flag.filter((span) => span.file === file && span.quote.startsWith(quote))
    expect(spans.length).toBeGreaterThan(0)
    for (const span of spans) expect(hits(span).map((message) => message.ruleId)).toContain(ruleId)
  })
})
