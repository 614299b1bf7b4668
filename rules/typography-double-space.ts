import {defineRule} from '../src/rule.js'
import {matchAll} from '../src/patterns.js'

// Two or more spaces (ordinary or no-break) between two words of one sentence.
// After sentence-ending punctuation two spaces are an old typing convention,
// not an error, so those are left alone.
const pattern = /[ \u00A0]{2,}(?=[\p{L}\p{N}'‘"“(])/gu
const inSentence = /[\p{L}\p{N},;'’"”)]/u

export default defineRule({
  meta: {
    id: 'typography-double-space',
    category: 'typography',
    severity: 'warn',
    description: 'Two or more spaces between words inside a sentence',
    docs: `A run of spaces inside a sentence is usually left where a word was cut or a no-break space was pasted next to a space. It prints as a visible gap.

Left alone: two spaces after a full stop, question or exclamation mark or colon (a typing convention), and indentation at the start of a line.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: ['The vote was rigged.  Protests followed.', 'The vote was rigged, he said.', '  Indented text starts here.'],
    invalid: [
      {text: 'The vote was  rigged, he said.', messages: [{quote: '  ', expected: [' ']}]},
      {text: 'It aired on the\u00A0 Rossiya channel.', messages: [{quote: '\u00A0 ', expected: [' ']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const block of document.blocks) {
        for (const match of matchAll(block, pattern)) {
          if (!inSentence.test(block.text[match.index - 1] ?? '')) continue
          report(block.range(match.index, match.index + match[0].length), 'Use one space between words', {expected: [' ']})
        }
      }
    }
  }
})
