import {defineRule} from '../src/rule.js'

// "Putin said is he will intervene": a copula left between a reporting verb
// and the subject of the reported clause, as if it were a question. The
// pseudo-cleft "what he said is he will come" is correct English, so a
// "what", "all" or "the reason …" before the reporting verb silences it.
const pattern =
  /(?<![\p{L}’'-])(said|says|told reporters|announced|added|claimed|insisted|stressed|warned|argued|explained|noted|stated|confirmed|admitted)\s(is|was|are|were)(?=\s(?:he|she|they|it|we|I)\s(?:will|would|can|could|has|had|is|was|are|were|must|should|may|might|did|does|do|\p{Ll}+ed)(?![\p{L}’'-]))/gu
const cleft = /(?<![\p{L}’'-])(?:what|all|everything|thing|reason|why|problem|point|truth|fact|question|issue|only)(?![\p{L}’'-])[^.,;:!?]*$/iu

export default defineRule({
  meta: {
    id: 'garbled-inverted-verb',
    category: 'grammar',
    severity: 'warn',
    description: 'A stray verb between a reporting verb and its clause ("said is he will")',
    docs: `Machine translation and rewriting leave a copula between a reporting verb and the clause it reports, as if the clause were a question: "Putin said is he will intervene". The rule flags "said/announced/warned … is/was" directly before a subject pronoun and a verb, and suggests dropping the copula.

Left alone: pseudo-clefts, which are correct English: "What he said is he will come", "All she said was she had left", "The reason he gave was …".`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: ['What the minister said is he will resign.', 'All she said was she had left early.', 'The mayor said he will resign.', 'He said it was he who called.'],
    invalid: [
      {text: 'The minister said is he will resign next week.', messages: [{quote: 'said is', expected: ['said']}]},
      {text: 'Officials warned was they could close the border.', messages: [{quote: 'warned was', expected: ['warned']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const block of document.blocks) {
        for (const sentence of block.sentences) {
          for (const match of sentence.text.matchAll(pattern)) {
            const before = sentence.text.slice(Math.max(0, match.index - 80), match.index)
            if (cleft.test(before)) continue
            const at = sentence.from + match.index
            report(block.range(at, at + match[0].length), `\`${match[2]}\` after \`${match[1]}\` turns the reported clause into a question: drop it`, {expected: [match[1]]})
          }
        }
      }
    }
  }
})
