import {lineRange, linesOf} from '../src/lines.js'
import {defineRule} from '../src/rule.js'

// Sentence punctuation and separators with no word: what is left of a line
// whose text was stripped ("." after a removed widget, "|" between menu links).
const punctuationOnly = /^[.,;:!?'"“”‘’«»()[\]{}|/\\·•…]+(?:[ \t\u00A0]+[.,;:!?'"“”‘’«»()[\]{}|/\\·•…]+)*$/u
// Three or more of one mark ("...", ". . .", "• • •") is a section break an editor chose.
const divider = /^(.)(?:[ \t\u00A0]*\1){2,}$/u

export default defineRule({
  meta: {
    id: 'residue-punctuation-only',
    category: 'residue',
    severity: 'warn',
    description: 'A paragraph or line of punctuation only (a lone ".")',
    docs: `A line that is nothing but a full stop, a comma, a quote mark or a separator bar is what a scraper leaves when it strips the text of a widget but not its punctuation. It prints as a stray mark between paragraphs.

Left alone: section breaks an editor chose, made of three or more of one mark ("* * *", "...", "• • •"), and dashes and asterisks, which mark breaks too. The fix is to delete the line.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: ['The mayor resigned on Monday.\n\n...\n\nHer deputy takes over.', 'The mayor resigned on Monday.\n\n• • •\n\nHer deputy takes over.', 'The mayor resigned.'],
    invalid: [
      {text: 'The mayor resigned on Monday.\n\n.', messages: [{quote: '.', occurrence: 1, expected: ['']}]},
      {text: 'The mayor resigned on Monday.\n\n” |\n\nHer deputy takes over.', messages: [{quote: '” |', expected: ['']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const line of linesOf(document)) {
        if (!punctuationOnly.test(line.text) || divider.test(line.text)) continue
        report(lineRange(line), 'A line of punctuation only: residue of stripped page text. Delete it.', {expected: ['']})
      }
    }
  }
})
