import type {Block} from '../src/document.js'
import {defineRule} from '../src/rule.js'

type Kind = 'single' | 'double'

interface Open {
  index: number
  char: string
  kind: Kind
}

// The closing mark that matches each opening mark.
const closerOf: Record<string, string> = {"'": "'", '‘': '’', '"': '"', '“': '”'}

// Every mark the loop below looks at: the openers and their closers.
const quoteMarks = /['‘’"“”]/g
const space = /[\s([{\u2014\u2013-]/
const letterOrDigit = /[\p{L}\p{N}[(]/u
const afterClose = /[\s.,;:!?)\]}\u2014\u2013-]/

export default defineRule({
  meta: {
    id: 'typography-mismatched-quotes',
    category: 'typography',
    severity: 'warn',
    description: 'A quotation opened with one kind of quote mark and closed with another',
    docs: `A quotation that opens with a single mark and closes with a double one ("'Of course,”"), or opens straight and closes curly, is left when copy is pasted from several sources or a CMS converts only some marks.

The rule follows quotations within a paragraph. An apostrophe (Putin's, protesters') is not taken for a closing quote unless a single-quoted passage is open. A quotation left open at the end of a paragraph is not flagged: news style leaves a quote open when it runs on into the next paragraph.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      "'Of course we have obligations,' he said.",
      '“Of course we have obligations,” he said.',
      "The protesters' demands were clear: “new elections”.",
      '“He told me ‘never’ again,” she said.',
      "'It will go on.\n\nIt will not stop,' he said."
    ],
    invalid: [
      {
        text: "'Of course we have obligations,” he said.",
        messages: [{quote: "'Of course we have obligations,”", expected: ["'Of course we have obligations,'"]}]
      },
      {
        text: 'He called them “rats" on air.',
        messages: [{quote: '“rats"', expected: ['“rats”']}]
      }
    ]
  },
  create() {
    return ({document, report}) => {
      for (const block of document.blocks) {
        for (const [open, close] of mismatches(block)) {
          const opener = block.text[open.index]
          const expected = block.text.slice(open.index, close) + closerOf[opener]
          report(block.range(open.index, close + 1), `Quotation opened with \`${opener}\` is closed with \`${block.text[close]}\``, {
            expected: [expected]
          })
        }
      }
    }
  }
})

/** Pairs of (opening quote, index of its mismatched closing quote) in a block. */
function mismatches(block: Block): Array<[Open, number]> {
  const text = block.text
  const stack: Open[] = []
  const found: Array<[Open, number]> = []
  quoteMarks.lastIndex = 0
  let mark: RegExpExecArray | null
  while ((mark = quoteMarks.exec(text))) {
    const index = mark.index
    const char = mark[0]
    const before = index === 0 ? ' ' : text[index - 1]
    const after = index + 1 >= text.length ? ' ' : text[index + 1]
    const opensHere = space.test(before) && letterOrDigit.test(after)
    const closesHere = !/\s/.test(before) && afterClose.test(after)
    const singleOpen = stack.some((open) => open.kind === 'single')
    let closing: Kind | undefined
    if (char === '“' || char === '‘') stack.push({index, char, kind: char === '“' ? 'double' : 'single'})
    else if (char === '”') closing = 'double'
    else if (char === '"') {
      if (opensHere && !closesHere) stack.push({index, char, kind: 'double'})
      else if (!/\s/.test(before)) closing = 'double'
    } else if (char === "'" && opensHere && !closesHere) stack.push({index, char, kind: 'single'})
    // Otherwise ' and ’ are apostrophes unless a single quotation is open.
    else if (closesHere && singleOpen) closing = 'single'
    if (!closing) continue
    const top = stack.at(-1)
    if (!top) continue
    if (top.kind === closing) {
      stack.pop()
      if (closerOf[top.char] !== char) found.push([top, index])
    } else if (closing === 'double') {
      const outer = stack.findLastIndex((open) => open.kind === 'double')
      // With a double quotation still open, the single one was an apostrophe.
      if (outer === -1) found.push([top, index])
      stack.length = Math.max(outer, 0)
    }
  }
  return found
}
