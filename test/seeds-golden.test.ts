// Golden reports of the five seeds: every message with its place, rule, reason
// and suggestion, under the source line with a caret underline. Any change in
// what lint-news says about the seeds shows up as a diff to review
// (`npx vitest run -u` accepts it).
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {lintedSeeds, rangeOfMessage, seedNames} from './helpers/seeds.js'

describe('golden seed reports', () => {
  it.each(seedNames)('%s', async (name) => {
    const {text, file} = lintedSeeds().get(name)!
    const report = file.messages.map((message) => render(text, message)).join('\n')
    await expect(report + '\n').toMatchFileSnapshot(`./golden/${name.replace(/\.txt$/, '.report')}`)
  })
})

const context = 50

function render(text: string, message: VFileMessage): string {
  const [start, end] = rangeOfMessage(message)
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  let lineEnd = text.indexOf('\n', start)
  if (lineEnd === -1) lineEnd = text.length
  const from = Math.max(lineStart, start - context)
  const to = Math.min(lineEnd, Math.max(end, start + 1) + context)
  const shown = text.slice(from, to).replace(/[\t\u00A0]/g, ' ')
  const caret = ' '.repeat(start - from) + '^'.repeat(Math.max(1, Math.min(end, to) - start))
  const place = message.place && 'start' in message.place ? message.place : undefined
  const where = place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : '?'
  const fix = message.expected ? `  → ${message.expected.map((item) => JSON.stringify(item)).join(' | ')}` : ''
  return `${where}  ${message.ruleId}  ${message.reason}${fix}\n  | ${shown}\n  | ${caret}`
}
