import {lineRange, linesOf, listMarker} from '../src/lines.js'
import {wholeLine} from '../src/phrase-list.js'
import {defineRule} from '../src/rule.js'
import {phrases} from './residue-navigation.data.js'

// Menus render their links with arrows or a trailing colon.
const pattern = wholeLine(phrases, String.raw`[\s:»›→>|]*`)

export default defineRule({
  meta: {
    id: 'residue-navigation',
    category: 'residue',
    severity: 'warn',
    description: 'Website navigation and page chrome left in the text ("Skip to content", "Advertisement")',
    docs: `Scrapers and copy-paste from a web page pick up the page around the story: accessibility skip links ("Skip to content", "Skip to more DW sites"), menu toggles, ad-slot labels ("Advertisement", "Story continues below advertisement"), share and print buttons. None of it belongs in the copy.

The rule flags a line only when the whole line is such an element (a list number before it, as menus are often lists, is part of the line), and suggests deleting it. The same words inside a sentence ("Users can skip to the content they want") are left alone. The phrases live in \`rules/residue-navigation.data.ts\`.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'Users can skip to the content they want.',
      'The advertisement ran in three newspapers.',
      'He told staff to share this article with nobody.',
      'Back to the top of the league, the team celebrated.'
    ],
    invalid: [
      {text: 'Skip to content\n\nThe mayor resigned on Monday.', messages: [{quote: 'Skip to content', expected: ['']}]},
      {
        text: '1. Skip to main content\n2. Skip to other BBC websites\n\nThe mayor resigned on Monday.',
        formats: ['text', 'html'],
        messages: [
          {quote: '1. Skip to main content', expected: ['']},
          {quote: '2. Skip to other BBC websites', expected: ['']}
        ]
      },
      {text: 'The mayor resigned on Monday.\n\nADVERTISEMENT\n\nHer deputy takes over.', messages: [{quote: 'ADVERTISEMENT', expected: ['']}]},
      {text: 'The mayor resigned on Monday.\n\nShare this article »', messages: [{quote: 'Share this article »', expected: ['']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const line of linesOf(document)) {
        const marker = listMarker.exec(line.text)?.[0].length ?? 0
        if (!pattern.test(line.text.slice(marker))) continue
        report(lineRange(line), 'Website navigation left in the text: a page element, not part of the story. Delete the line.', {expected: ['']})
      }
    }
  }
})
