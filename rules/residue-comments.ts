import {lineRange, linesOf} from '../src/lines.js'
import {wholeLine} from '../src/phrase-list.js'
import {defineRule} from '../src/rule.js'
import {phrases} from './residue-comments.data.js'

const pattern = wholeLine(phrases, String.raw`[.:!]?`)

export default defineRule({
  meta: {
    id: 'residue-comments',
    category: 'residue',
    severity: 'warn',
    description: 'Comment-section and moderation boilerplate copied from under an article',
    docs: `A story copied from a news site often brings the comment section's furniture with it: "The comments below have not been moderated", "We are no longer accepting comments on this article", "View all 112 comments", "Sign in to comment". It is page chrome, not copy.

The rule flags a line only when the whole line is such a notice, and suggests deleting it. A sentence that talks about comments ("The ministry said comments are closed until Friday") is left alone. The phrases live in \`rules/residue-comments.data.ts\`.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'The ministry said comments on the draft are closed until Friday.',
      'Readers were invited to join the conversation about the new bridge.',
      'The views expressed in the report are those of its authors.',
      'He wrote 15 comments under his own name.'
    ],
    invalid: [
      {
        text: 'The mayor resigned on Monday.\n\nThe comments below have not been moderated.',
        messages: [{quote: 'The comments below have not been moderated.', expected: ['']}]
      },
      {
        text: 'The mayor resigned on Monday.\n\nComments are closed for this story\n\nView all 12 comments',
        messages: [
          {quote: 'Comments are closed for this story', expected: ['']},
          {quote: 'View all 12 comments', expected: ['']}
        ]
      }
    ]
  },
  create() {
    return ({document, report}) => {
      for (const line of linesOf(document)) {
        if (!pattern.test(line.text)) continue
        report(lineRange(line), 'Comment-section boilerplate left in the text: it belongs to the web page, not the story. Delete the line.', {expected: ['']})
      }
    }
  }
})
