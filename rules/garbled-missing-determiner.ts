import {defineRule} from '../src/rule.js'

// "it only thing that stood between him and…": "it" where "the" (or "its")
// belongs, before "only"/"sole"/"same" and a noun. After a verb such as
// "is", "makes" or "found", "it only…" can be correct English ("is it only
// people who…", "it only takes a minute" has a verb, not a noun, after
// "only"), so those are left alone.
const pattern =
  /(?<![\p{L}\p{N}’'-])(?<!(?<![\p{L}’'-])(?:is|was|isn’t|wasn’t|isn't|wasn't|are|were|does|did|will|would|can|could|should|may|might|must|make|makes|made|making|keep|keeps|kept|find|finds|found|consider|considers|considered|call|calls|called|leave|leaves|left|render|renders|rendered|let|lets)\s)(it|It)\s(?=(?:only|sole|same)\s(?:thing|things|way|person|reason|option|choice|chance|hope|place|answer|solution|problem|difference|question|obstacle|barrier|force|source|witness|survivor|institution|candidate|exception)(?![\p{L}’'-]))/giu

export default defineRule({
  meta: {
    id: 'garbled-missing-determiner',
    category: 'grammar',
    severity: 'warn',
    description: '"it" where "the" belongs ("it only thing that stood between him and…")',
    docs: `A slip of MT or hurried editing: "it only thing that stood between him and defeat", where "the only thing" (or "its only thing") is meant. The rule flags "it" directly before "only", "sole" or "same" and a noun such as "thing", "way", "reason" or "chance".

Left alone: "it only takes a minute" (a verb follows "only"), and questions or verb phrases where "it" is an object: "is it only people who…", "made it the only way", "found it only fair".`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: ['It only takes a minute to vote.', 'Was it only chance that saved them?', 'The delay made it the only option left.', 'The army was the only thing between the rebels and the capital.'],
    invalid: [
      {text: 'The army was the last line of defence, it only thing between the rebels and the capital.', messages: [{quote: 'it', occurrence: 0, expected: ['the', 'its']}]},
      {text: 'It sole reason for the delay was the weather.', messages: [{quote: 'It', expected: ['The', 'Its']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const block of document.blocks) {
        for (const match of block.text.matchAll(pattern)) {
          const capital = match[1][0] === 'I'
          const expected = capital ? ['The', 'Its'] : ['the', 'its']
          report(block.range(match.index, match.index + 2), `\`${match[1]}\` cannot stand before a noun here: \`${expected[0]}\` (or \`${expected[1]}\`) is likely meant`, {expected})
        }
      }
    }
  }
})
