import type {Node, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {rangeOf} from '../src/document.js'
import {defineRule} from '../src/rule.js'

// Doubles that English uses on purpose ("had had", "that that", "far, far").
const intended = new Set(['had', 'that', 'is', 'bye', 'very', 'no', 'so', 'yes', 'now', 'ha', 'knock', 'tut', 'chop', 'hush', 'there', 'far', 'never', 'really', 'go', 'ho', 'boo', 'blah', 'yada'])

export default defineRule({
  meta: {
    id: 'duplicate-word',
    category: 'duplicate',
    severity: 'warn',
    description: 'The same word twice in a row ("the the")',
    docs: `A word printed twice in a row is almost always an editing slip. Doubles that English uses on purpose ("had had", "that that", "very very") are left alone, and so are capitalised pairs, which are usually names (Duran Duran, Sirhan Sirhan). A line break between the two words is left alone: it is more likely a heading or caption boundary.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: ['He said that that was final.', 'She had had enough.', 'Boutros Boutros-Ghali spoke.', 'Sirhan Sirhan was moved.', 'They won 2 2 times.'],
    invalid: [
      {text: 'Police stormed the the square.', messages: [{quote: 'the the', expected: ['the']}]},
      {text: 'The the square was empty.', messages: [{quote: 'The the', expected: ['The']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const block of document.blocks) {
        for (const node of block.node.children) if (node.type === 'SentenceNode') checkSentence(node, report)
      }
    }
  }
})

function checkSentence(sentence: Sentence, report: (range: {start: number; end: number}, reason: string, extra: {expected: string[]}) => void): void {
  const children = sentence.children
  for (let index = 0; index + 2 < children.length; index++) {
    const first = children[index]
    const gap = children[index + 1]
    const second = children[index + 2]
    if (first.type !== 'WordNode' || gap.type !== 'WhiteSpaceNode' || second.type !== 'WordNode') continue
    if (gap.value.includes('\n')) continue
    // Most neighbours differ in length: compare that before building strings.
    if (lengthOf(first) !== lengthOf(second)) continue
    const a = toString(first)
    const b = toString(second)
    if (!sameFirstLetter(a, b) || a.toLowerCase() !== b.toLowerCase() || !/\p{L}/u.test(a)) continue
    if (intended.has(a.toLowerCase()) || /^\p{Lu}/u.test(b)) continue
    report({start: rangeOf(first).start, end: rangeOf(second).end}, `\`${a}\` is repeated`, {expected: [a]})
  }
}

function lengthOf(node: Node): number {
  return (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0)
}

/** False when the first characters differ even ignoring case: the common case, checked without making lowercase copies. */
function sameFirstLetter(a: string, b: string): boolean {
  const x = a.charCodeAt(0)
  const y = b.charCodeAt(0)
  // In ASCII, case is one bit; elsewhere leave it to toLowerCase.
  return x === y || x > 127 || y > 127 || (x | 32) === (y | 32)
}
