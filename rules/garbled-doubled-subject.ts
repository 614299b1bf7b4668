import {defineRule} from '../src/rule.js'

// "as the political upheaval there it stays": a noun phrase, "there" or
// "here", then "it" and a verb. MT keeps the source's resumptive pronoun, so
// the clause gets two subjects. Only a determiner phrase right after a
// conjunction (or at the start of a sentence) counts as the first subject, and
// it must hold no verb: "when the guests got there it rained" is correct.
const pattern =
  /(?:^|(?<=(?<![\p{L}’'-])(?:as|while|when|because|since|although|though|whereas|and|but|if|until|unless)\s))(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)\s((?:there|here)\sit)\s(?=\p{Ll}+(?![\p{L}’'-]))/dgu

const verbish =
  /^(?:\p{Ll}+ed|\p{Ll}+ing|is|are|was|were|be|been|has|have|had|got|get|gets|went|go|goes|came|come|comes|lives|live|stay|stays|remain|remains|ran|run|runs|saw|see|sees|found|find|took|take|takes|put|puts|left|leave|leaves|sat|sits|stood|stands|fell|falls|met|meets|did|do|does|made|make|makes|kept|keep|keeps|built|began|begins|spent|sent|set|sets|stop|stops|work|works|died|grew|grow|grows|happen|happens|drove|drive|drives|flew|fly|flies|walk|walks|will|would|can|could|may|might|must|should|shall|said|says|say|told|tell|tells|moved|moves|arrive|arrives)$/u

export default defineRule({
  meta: {
    id: 'garbled-doubled-subject',
    category: 'grammar',
    severity: 'warn',
    description: 'A pronoun repeating a subject already given ("as the upheaval there it stays")',
    docs: `Machine translation sometimes keeps a resumptive pronoun from the source, so a clause gets its subject twice: "as the political upheaval there it stays backwards". The rule flags "there it"/"here it" straight after a noun phrase that begins a clause (after "as", "while", "when", "because", "and", … or at the start of a sentence) and holds no verb.

Left alone: "when the guests got there it rained" (the noun phrase has a verb, so "it" starts a new clause), "there it is", and any "there it" not right after such a noun phrase.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'When the guests got there it was already dark.',
      'He hid the key, and there it stayed for years.',
      'As the unrest there spreads, it worries the neighbours.',
      'After the floods arrived there it rained for a week.'
    ],
    invalid: [
      {text: 'Investors are wary as the economic crisis there it deepens.', messages: [{quote: 'there it', expected: ['there']}]},
      {text: 'The security situation here it remains tense, officials said.', messages: [{quote: 'here it', expected: ['here']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const block of document.blocks) {
        for (const sentence of block.sentences) {
          for (const match of sentence.text.matchAll(pattern)) {
            if (match[1].split(/\s/).some((word) => verbish.test(word))) continue
            const [start, end] = match.indices![2]!
            const adverb = match[2].split(/\s/)[0]
            report(block.range(sentence.from + start, sentence.from + end), `\`it\` repeats the subject \`${match[0].slice(0, start - match.index).trim()}\` already given: write \`${adverb}\` without \`it\``, {
              expected: [adverb]
            })
          }
        }
      }
    }
  }
})
