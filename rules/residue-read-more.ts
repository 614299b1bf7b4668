import {lineRange, linesOf, listMarker} from '../src/lines.js'
import {wholeLine} from '../src/phrase-list.js'
import {defineRule} from '../src/rule.js'
import {alone, labels} from './residue-read-more.data.js'

// The label and its separator, then a headline of at most a couple of hundred characters.
const teaser = new RegExp(`^(?:${labels.map((phrase) => `(?:${phrase.pattern})`).join('|')})[ \\t\\u00A0]*(?:[:|»›>]|→|–|—)(?=[ \\t\\u00A0]*[^\\n]{0,200}$)`, 'iu')
const bare = wholeLine(alone, String.raw`[\s:.»›→>|]*`)

export default defineRule({
  meta: {
    id: 'residue-read-more',
    category: 'residue',
    severity: 'warn',
    description: 'A related-link teaser left in the text ("Read more: …")',
    docs: `News sites break up a story with links to other stories: "Read more: Belarus' economy still propped up by Moscow", "Related: …", "See also: …", and lists headed "Most read" or "Related Topics". Copied with the page, they interrupt the copy with another story's headline.

Flagged: a line that starts with such a label and a colon or arrow, and a line that is only such a heading. For a teaser the label is flagged, and the editor should delete the whole line with the headline after it (no automatic fix is offered: the headline may name people and places other rules check). A line that is only a heading is deleted by the fix. A sentence that merely starts with the words ("Read more widely, he said, and…") has no separator and is left alone. The phrases live in \`rules/residue-read-more.data.ts\`.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'Read more widely, the minister told students, and vote.',
      'Related talks are set to resume in Geneva next week.',
      'Most readers will never see the report.',
      'See also how the vote was counted in 2016, the commission said.'
    ],
    invalid: [
      {
        text: 'The mayor resigned on Monday.\n\nRead more: Why the city ran out of money\n\nHer deputy takes over.',
        messages: [{quote: 'Read more:'}]
      },
      {text: 'The mayor resigned on Monday.\n\nRelated Topics', messages: [{quote: 'Related Topics', expected: ['']}]},
      {text: 'The mayor resigned on Monday.\n\nREAD MORE » Inside the council budget', messages: [{quote: 'READ MORE »'}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const line of linesOf(document)) {
        const marker = listMarker.exec(line.text)?.[0].length ?? 0
        const text = line.text.slice(marker)
        const label = teaser.exec(text)
        if (label) report(lineRange(line, 0, marker + label[0].length), 'Related-link teaser left in the text: it points to another story and breaks this one. Delete the whole line, headline included.')
        else if (bare.test(text)) report(lineRange(line), 'Related-link heading left in the text: it belongs to the web page, not the story. Delete the line.', {expected: ['']})
      }
    }
  }
})
