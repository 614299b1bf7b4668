import {lineRange, linesOf, type Line} from '../src/lines.js'
import {defineRule} from '../src/rule.js'

// "01:22", "1:02:33", "Video 01:22", "Duration: 2:05", "3:40 min".
const timecode =
  /^(?:(video|duration|length|runtime|play(?: video)?|watch(?: video)?|listen)[ \t]*:?[ \t]*)?((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[ \t]*(?:min|mins|minutes))?$/iu

// A live blog stamps its posts with bare times of day in order: three or more
// of them make the document a live blog, and its stamps are copy.
const minLiveBlogStamps = 3

export default defineRule({
  meta: {
    id: 'residue-timecode',
    category: 'residue',
    severity: 'warn',
    description: 'A video duration alone on a line ("01:22"), left from a media player',
    docs: `A video player embedded in a web page shows the clip's length; copied with the page, it lands in the text as a line that is only a time code ("01:22", "Video 1:02:33", "Duration: 2:05").

Only whole lines are flagged, so times in prose ("at 10:30 GMT", "finished in 2:05:33") are left alone. A live blog stamps each post with a bare time of day: when a document has three or more bare time lines that are all times of day in order, it is taken for a live blog and its unlabelled times are left alone. The fix is to delete the line.`,
    fixable: true,
    scope: 'document'
  },
  examples: {
    valid: [
      'Police moved in at 10:30 GMT.',
      'She won the race in 2:05:33.',
      '09:15\nThe first trains left.\n\n09:40\nThe station closed.\n\n10:05\nCrowds gathered outside.'
    ],
    invalid: [
      {text: 'Marchers fill the avenue on Sunday\n\n02:47\n\nRiot police moved in at dawn.', messages: [{quote: '02:47', expected: ['']}]},
      {text: 'Video 1:02:33', messages: [{quote: 'Video 1:02:33', expected: ['']}]},
      {text: 'Duration: 2:05', messages: [{quote: 'Duration: 2:05', expected: ['']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      const found: Array<{line: Line; labelled: boolean; seconds: number; clock: boolean}> = []
      for (const line of linesOf(document)) {
        const match = timecode.exec(line.text)
        if (!match) continue
        const parts = match[2].split(':').map(Number)
        const clock = parts.length === 2 && parts[0] < 24 && parts[1] < 60
        found.push({line, labelled: Boolean(match[1]), seconds: parts.reduce((total, part) => total * 60 + part, 0), clock})
      }
      const bare = found.filter((item) => !item.labelled)
      const liveBlog = bare.length >= minLiveBlogStamps && bare.every((item) => item.clock) && isMonotonic(bare.map((item) => item.seconds))
      for (const item of found) {
        if (liveBlog && !item.labelled) continue
        report(lineRange(item.line), 'A video time code alone on a line: left from a media player, not copy. Delete the line.', {expected: ['']})
      }
    }
  }
})

function isMonotonic(values: number[]): boolean {
  let rising = true
  let falling = true
  for (let index = 1; index < values.length; index++) {
    if (values[index] < values[index - 1]) rising = false
    if (values[index] > values[index - 1]) falling = false
  }
  return rising || falling
}
