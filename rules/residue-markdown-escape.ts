import {matchAll} from '../src/patterns.js'
import {defineRule} from '../src/rule.js'

// A backslash before a character Markdown lets you escape, itself not escaped.
// Plain prose has no use for it; a Markdown-to-text conversion that skipped
// unescaping leaves it behind ("We want a new president\!").
const escape = /(?<!\\)\\(?=[!#*_[\](){}+.`>|~-])/g

export default defineRule({
  meta: {
    id: 'residue-markdown-escape',
    category: 'residue',
    severity: 'warn',
    description: 'A Markdown escape left in plain text ("president\\!")',
    docs: `Markdown escapes punctuation with a backslash (\`\\!\`, \`\\#\`, \`\\*\`). When Markdown is turned into plain text without unescaping, the backslashes stay and print.

Checked in plain-text documents only: in Markdown the escape is correct and invisible. A doubled backslash and a backslash before a letter (a Windows path, "C:\\Users") are left alone. The fix is to delete the backslash.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      {text: 'The files are in C:\\Users\\Press on the shared drive.', formats: ['text']},
      {text: 'Crowds chanted "Enough\\!" at the hall.', formats: ['markdown']},
      {text: 'Crowds chanted "Enough!" outside the hall.', formats: ['text']}
    ],
    invalid: [
      {text: 'Crowds chanted "Enough\\!" outside the hall.', formats: ['text'], messages: [{quote: '\\', expected: ['']}]},
      {text: 'Ranked \\#1 in the region, the team won \\*again\\*.', formats: ['text'], messages: [{quote: '\\', expected: ['']}, {quote: '\\', occurrence: 1, expected: ['']}, {quote: '\\', occurrence: 2, expected: ['']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      if (document.format !== 'text') return
      for (const block of document.blocks) {
        for (const match of matchAll(block, escape)) {
          report(block.range(match.index, match.index + 1), 'A Markdown escape left in plain text: the backslash prints. Delete it.', {expected: ['']})
        }
      }
    }
  }
})
