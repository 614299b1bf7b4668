import type {Range} from '../src/document.js'
import {normalWords, paragraphCopies, paragraphMinWords} from '../src/duplicates.js'
import {defineRule} from '../src/rule.js'

export default defineRule<{minWords: number}>({
  meta: {
    id: 'duplicate-sentence',
    category: 'duplicate',
    severity: 'warn',
    description: 'The same sentence twice, in one paragraph or in two different ones',
    docs: `A sentence that appears twice is usually left from editing: a paragraph rewritten around a sentence that was kept in its old place too, or a pull quote scraped into the text. The second copy is flagged, with the line of the first copy in the message (and its range as related information); the fix deletes it.

Sentences are compared after normalising case, spacing, punctuation and quote marks, and must match exactly. Sentences shorter than \`minWords\` words are left alone ("He declined to comment." may well be said twice). When the whole paragraph repeats an earlier one, duplicate-paragraph reports it and this rule stays silent.`,
    fixable: true,
    scope: 'document',
    options: {minWords: {type: 'number', default: 8, description: 'Shortest sentence, in words, that is checked for copies', min: 2}}
  },
  examples: {
    valid: [
      'He declined to comment. The company also declined to comment.',
      'The bridge will reopen to traffic on Friday morning, the city said. The tunnel will reopen to traffic on Friday morning, the city said.',
      'No. No. No.'
    ],
    invalid: [
      {
        text: 'The bridge will reopen to traffic on Friday morning, the city said. Engineers finished repairs overnight.\n\nThe bridge will reopen to traffic on Friday morning, the city said. Buses will run as usual.',
        messages: [{quote: 'The bridge will reopen to traffic on Friday morning, the city said.', occurrence: 1, expected: ['']}]
      },
      {
        text: 'Engineers finished the repairs to the bridge overnight. The work cost £2m. Engineers finished the repairs to the bridge overnight.',
        messages: [{quote: 'Engineers finished the repairs to the bridge overnight.', occurrence: 1, expected: ['']}]
      }
    ]
  },
  create(options) {
    return ({document, report}) => {
      const covered = paragraphCopies(document, paragraphMinWords).map((copy) => copy.passage.range)
      const inCopy = (range: Range): boolean => {
        const copy = covered[lastAtOrBefore(covered, range.start)]
        return copy !== undefined && range.end <= copy.end
      }
      const seen = new Map<string, Range>()
      for (const block of document.blocks) {
        for (const sentence of block.sentences) {
          const words = normalWords(sentence.text)
          if (words.length < options.minWords) continue
          const trimmed = sentence.text.trimEnd()
          const range = block.range(sentence.from, sentence.from + trimmed.length)
          const key = words.join(' ')
          const first = seen.get(key)
          if (!first) {
            seen.set(key, range)
            continue
          }
          if (inCopy(range)) continue
          const line = document.pointAt(first.start).line
          report(range, `This sentence repeats one on line ${line} word for word: the second copy is probably left from editing. Delete it.`, {
            expected: [''],
            related: [{start: first.start, end: first.end, message: 'First copy'}]
          })
        }
      }
    }
  }
})

/** Index of the last range (of sorted, disjoint ranges) starting at or before `offset`, or -1. */
function lastAtOrBefore(ranges: Range[], offset: number): number {
  let low = 0
  let high = ranges.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (ranges[middle].start <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}
