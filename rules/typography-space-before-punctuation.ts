import {defineRule} from '../src/rule.js'
import {matchAll} from '../src/patterns.js'

// Spaces, then , . ; : ! ? ending a word (space, quote or end after it, so
// ".45", " .NET" and "10 :30" are left alone), or a closing ” after spaces.
// What stands before the spaces is checked in code: a lookbehind would be
// tried at every character of every block.
const pattern = /[ \u00A0]+(?:[,.;:!?](?=$|[\s'’"”)\]])|”)/g
const wordEnd = /[\p{L}\p{N}'’"”)\]]/u
const punctuationBeforeQuote = /[.,!?]/

export default defineRule({
  meta: {
    id: 'typography-space-before-punctuation',
    category: 'typography',
    severity: 'warn',
    description: 'Space before a comma, full stop, colon, semicolon, question or exclamation mark, or a closing quote',
    docs: `English sets punctuation tight against the word before it. A space before a comma or full stop, or between a full stop and its closing quote ("control. ”"), is left by hurried editing, MT output and French-style typing.

Left alone: a leading decimal point (".45"), dashes, ellipses, and punctuation that does not end a word.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'He arrived on 27 August, 2020, by train.',
      'The rifle fired .45 calibre rounds.',
      'She said: "It is over." Then she left.',
      'Prices rose - sharply - in May.',
      'He paused … then spoke.'
    ],
    invalid: [
      {text: 'He arrived on 27 August , 2020, by train.', messages: [{quote: ' ,', expected: [',']}]},
      {text: "They had 'crossed the line' .", messages: [{quote: ' .', expected: ['.']}]},
      {text: 'He said “it is under control. ” Then he left.', messages: [{quote: ' ”', expected: ['”']}]},
      {text: 'Why ? Nobody knows .', messages: [{quote: ' ?', expected: ['?']}, {quote: ' .', expected: ['.']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const block of document.blocks) {
        for (const match of matchAll(block, pattern)) {
          const before = block.text[match.index - 1] ?? ''
          const mark = match[0].at(-1)!
          if (!(mark === '”' ? punctuationBeforeQuote : wordEnd).test(before)) continue
          report(block.range(match.index, match.index + match[0].length), `Remove the space before \`${mark}\``, {
            expected: [mark]
          })
        }
      }
    }
  }
})
