import {paragraphCopies, paragraphMinWords} from '../src/duplicates.js'
import {defineRule} from '../src/rule.js'

export default defineRule<{minWords: number}>({
  meta: {
    id: 'duplicate-paragraph',
    category: 'duplicate',
    severity: 'error',
    description: 'A paragraph, caption or line that repeats an earlier one',
    docs: `A caption printed twice in a row, a story highlight repeated as a body paragraph, a paragraph pasted twice during editing: the reader sees the same words again. The second copy is flagged, with the line of the first copy in the message (and its range as related information), and the fix deletes it.

Copies are compared after normalising case, spacing, punctuation and quote marks, so "‘Get out of control’" and "'get out of control'" are the same. A near copy counts too: up to one changed word in ten (at most three), as long as no changed word is a number or a negation, which would make the second copy a different statement rather than a repeat.

Passages are blocks (paragraphs, headings, captions) and, in a block of several lines, each line. Passages shorter than \`minWords\` words are left alone, because short lines repeat legitimately: "Yes", a subhead used twice, a list marker. The index of word triples finds copies without comparing every pair, so long documents stay fast.`,
    fixable: true,
    scope: 'document',
    options: {minWords: {type: 'number', default: paragraphMinWords, description: 'Shortest passage, in words, that is checked for copies', min: 2}}
  },
  examples: {
    valid: [
      'Riot police moved into the square shortly after midnight on Sunday\n\nRiot police moved into the main square again on Monday night, witnesses said',
      'Yes\n\nNo\n\nYes',
      'The death toll rose to 12 after rescuers searched the collapsed building\n\nThe death toll rose to 15 after rescuers searched the collapsed building',
      'The minister said the government would raise fuel taxes next year.\n\nThe minister said the government would not raise fuel taxes next year.',
      {text: 'Yes, we will hold the vote next week\n\nYes, we will hold the vote next week', options: {minWords: 9}}
    ],
    invalid: [
      {
        text: 'Riot police moved into the square shortly after midnight on Sunday\n\nRiot police moved into the square shortly after midnight on Sunday',
        messages: [{quote: 'Riot police moved into the square shortly after midnight on Sunday', occurrence: 1, expected: ['']}]
      },
      {
        text: 'Marchers carried ‘free elections’ banners through the old town on Saturday.\n\nThe ministry said the march was illegal.\n\nMarchers carried "Free elections" banners through the old town on Saturday',
        messages: [{quote: 'Marchers carried "Free elections" banners through the old town on Saturday', expected: ['']}]
      },
      {
        text: 'The council voted to close three libraries and two swimming pools by the end of the year.\n\nUnions called a strike.\n\nThe council voted to close three libraries and two public swimming pools by the end of the year.',
        messages: [{quote: 'The council voted to close three libraries and two public swimming pools by the end of the year.', expected: ['']}]
      },
      {
        text: 'Volunteers handed out water and blankets outside the station\nVolunteers handed out water and blankets outside the station',
        messages: [{quote: 'Volunteers handed out water and blankets outside the station', occurrence: 1, expected: ['']}]
      }
    ]
  },
  create(options) {
    return ({document, report}) => {
      for (const {passage, first, edits} of paragraphCopies(document, options.minWords)) {
        const line = document.pointAt(first.range.start).line
        const how = edits === 0 ? 'word for word' : `with ${edits === 1 ? 'one word' : `${edits} words`} changed`
        report(passage.range, `This repeats the passage on line ${line} ${how}: the second copy is almost certainly a paste or scraping slip. Delete it.`, {
          expected: [''],
          related: [{start: first.range.start, end: first.range.end, message: 'First copy'}]
        })
      }
    }
  }
})
