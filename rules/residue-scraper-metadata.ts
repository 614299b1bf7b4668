import {lineRange, linesOf} from '../src/lines.js'
import {defineRule} from '../src/rule.js'

// Field names that article extractors (newspaper3k, trafilatura, readability
// dumps) print above the text, in their own lower-case spelling.
const field =
  /^(publish(?:ed)?[ _]date|date[ _]published|date[ _]modified|authors?|keywords|tags|top[ _]image|meta[ _](?:description|keywords|lang|img|favicon)|canonical[ _]link|source[ _]url|movies|images|summary|title|url|language|sitename|hostname|categories)[ \t]*:(?:[ \t]+(.{0,300}))?$/u
// Names a sentence could hardly start with, even in lower case: flagged anywhere.
const distinctive = /^(?:publish(?:ed)?[ _]date|date[ _](?:published|modified)|top[ _]image|meta[ _]|canonical[ _]link|source[ _]url|sitename|hostname)/u
// An empty or null value is what an extractor prints when it found nothing.
const nothing = /^(?:None|null|nil|undefined|N\/A|\[\]|\{\}|''|"")?$/u
// The header an extractor writes is at the top of the document.
const headLines = 15

export default defineRule({
  meta: {
    id: 'residue-scraper-metadata',
    category: 'residue',
    severity: 'warn',
    description: 'Metadata lines an article extractor printed above the text ("publish date: None", "keywords: …")',
    docs: `Article extractors print what they found about a page above its text, one lower-case field a line: "keywords: belarus putin minsk", "authors:", "publish date: None", "top_image: https://…". These lines are the tool's output, not the story.

Flagged: a line that is only such a field and its value, when it stands among the first ${headLines} lines of the document, or next to another such line, or has an empty or null value, or has a name no sentence starts with ("publish date", "top_image", "canonical_link"). Capitalised labels ("Title:", "Keywords:") are left alone: editors write those on purpose. The fix is to delete the line.`,
    fixable: true,
    scope: 'document'
  },
  examples: {
    valid: [
      'The mayor resigned on Monday.\n\nHer deputy takes over.\n\nThe council meets again in May.\n\nA vote is expected.\n\nNo date has been set.\n\nThe budget is late.\n\nStaff were told on Friday.\n\nUnions were not consulted.\n\nThe city has 40,000 workers.\n\nMost work in schools.\n\nSome work in transport.\n\nOthers work in parks.\n\nThe mayor was first elected in 2012.\n\nShe won again in 2016.\n\nShe did not stand in 2020.\n\ntitle: a poem she wrote as a student',
      'Keywords: budget, council, mayor',
      'The tags: were written on the wall.'
    ],
    invalid: [
      {
        text: 'keywords: mayor council budget city\n\nauthors:\n\npublish date: None\n\nThe mayor resigned on Monday.',
        messages: [
          {quote: 'keywords: mayor council budget city', expected: ['']},
          {quote: 'authors:', expected: ['']},
          {quote: 'publish date: None', expected: ['']}
        ]
      },
      {text: 'The mayor resigned on Monday.\n\ntop_image: https://example.com/a.jpg', messages: [{quote: 'top_image: https://example.com/a.jpg', expected: ['']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      const lines = linesOf(document)
      const isField = lines.map((line) => field.exec(line.text))
      for (const [index, match] of isField.entries()) {
        if (!match) continue
        const line = lines[index]
        const flagged =
          document.pointAt(lineRange(line).start).line <= headLines ||
          Boolean(isField[index - 1] || isField[index + 1]) ||
          nothing.test((match[2] ?? '').trim()) ||
          distinctive.test(match[1])
        if (flagged) report(lineRange(line), 'Metadata printed by an article extractor, not part of the story. Delete the line.', {expected: ['']})
      }
    }
  }
})
