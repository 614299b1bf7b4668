import {linesOf, listMarker} from '../src/lines.js'
import {sticky} from '../src/phrase-list.js'
import {defineRule} from '../src/rule.js'
import {anywhere, atLineStart} from './residue-embed.data.js'

const anyLabel = sticky([...anywhere, ...atLineStart])
const specific = new RegExp(anywhere.map((phrase) => `(?:${phrase.pattern})`).join('|'), 'giu')
const wordChar = /[\p{L}\p{N}]/u
const space = /\s/

export default defineRule({
  meta: {
    id: 'residue-embed',
    category: 'residue',
    severity: 'warn',
    description: 'Labels left by embedded posts and media players ("Skip Twitter post by …", "Media caption")',
    docs: `Embedded tweets, Instagram posts and video players carry labels for screen readers and consent walls that survive copying: "Skip Twitter post by @…", "End of Twitter post", "Media playback is unsupported on your device", "Media caption", "View this post on Instagram", "pic.twitter.com/…".

Labels specific enough to be nothing else are flagged wherever they stand; generic ones ("Media caption", "Play video") only at the start of a line or right after another label. Consecutive labels are reported together. The post or caption text that follows is left alone: it may be worth keeping as a quotation. The fix is to delete the labels. The phrases, by site family, live in \`rules/residue-embed.data.ts\`.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'The mayor said media playback of the hearing would be allowed.',
      'Critics called the caption misleading, and the media caption was changed.',
      'She asked staff to skip the Twitter post and go straight to the statement.'
    ],
    invalid: [
      {
        text: 'Skip Twitter post by @CityDesk Police closed the bridge at noon. End of Twitter post by @CityDesk',
        messages: [
          {quote: 'Skip Twitter post by @CityDesk ', expected: ['']},
          {quote: ' End of Twitter post by @CityDesk', expected: ['']}
        ]
      },
      {
        text: 'Media playback is unsupported on your device Media caption Crowds filled the square on Sunday',
        messages: [{quote: 'Media playback is unsupported on your device Media caption ', expected: ['']}]
      },
      {text: 'View this post on Instagram\n\nThe singer thanked her fans.', messages: [{quote: 'View this post on Instagram', expected: ['']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const line of linesOf(document)) {
        const text = line.text
        const flag = (start: number, end: number): void => {
          // Take the space on one side, so that deleting the label leaves none doubled.
          if (end < text.length) while (end < text.length && space.test(text[end])) end++
          else while (start > 0 && space.test(text[start - 1])) start--
          report(line.block.range(line.from + start, line.from + end), 'Label of an embedded post or media player left in the text: it is not copy. Delete it.', {expected: ['']})
        }
        const marker = listMarker.exec(text)?.[0].length ?? 0
        let cursor = 0
        const first = chain(text, marker)
        if (first > marker) {
          flag(0, first)
          cursor = first
        }
        specific.lastIndex = cursor
        let match: RegExpExecArray | null
        while ((match = specific.exec(text))) {
          const end = match.index > 0 && wordChar.test(text[match.index - 1]) ? -1 : chain(text, match.index)
          if (end > match.index) flag(match.index, end)
          specific.lastIndex = Math.max(end, match.index + 1)
        }
      }
    }
  }
})

/** End of the run of labels starting at `from`, or -1 when none starts there. */
function chain(text: string, from: number): number {
  let end = -1
  let at = from
  for (;;) {
    anyLabel.lastIndex = at
    const match = anyLabel.exec(text)
    if (!match || match[0].length === 0) break
    const after = at + match[0].length
    if (after < text.length && wordChar.test(text[after])) break
    end = after
    at = after
    while (at < text.length && space.test(text[at])) at++
  }
  return end
}
