import {lineRange, linesOf} from '../src/lines.js'
import {defineRule} from '../src/rule.js'

// Whole lines that are a page template's names, never words a writer types:
// identifiers ("ugc_banner", "heroImage"), lower-case slot names ("main img",
// "video player"), and values a template printed instead of content.
const wholeLine = [
  /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/,
  /^[a-z]{3,}(?:[A-Z][a-z0-9]+)+$/,
  /^(?:(?:main|hero|lead|top|article|story|inline|featured|header|footer|sidebar|share|social|ad|ads|video|gallery|promo|related|author|byline) )?(?:img|image|banner|thumb|thumbnail|widget|placeholder|slot|embed|iframe|container|wrapper|div|span|module|teaser|carousel|player|caption)$/,
  /^(?:undefined|null|NaN|\[object Object\])$/
]

// Template syntax that was never filled in, wherever it stands.
const unfilled = /\{\{[ \t]*[\p{L}\p{N}_.|: -]{1,60}?[ \t]*\}\}|\{%[^%\n]{1,80}%\}|\$\{[\p{L}\p{N}_.]{1,60}\}|%%[A-Z][A-Z0-9_]{1,40}%%|\[object Object\]/gu

export default defineRule({
  meta: {
    id: 'residue-template-token',
    category: 'residue',
    severity: 'warn',
    description: 'A page-template name or unfilled placeholder left in the text ("ugc_banner", "{{headline}}")',
    docs: `The templates that build a news page name their slots and widgets ("ugc_banner", "main img", "heroImage"); when a page is scraped those names can land in the text on lines of their own. Unfilled placeholders ("{{ author }}", "%%TITLE%%", "\${caption}") and values a script printed instead of content ("undefined", "[object Object]") are the same kind of residue.

Flagged: a line that is only an identifier (snake_case or camelCase with a lower-case start of three letters or more), only a lower-case slot name ("main img", "video player"), or only "undefined", "null" or "NaN"; and template syntax anywhere. Brand names ("iPhone", "eBay") and capitalised words ("Banner", "Main image") are left alone. The fix is to delete the token.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: ['iPhone', 'eBay', 'Main image', 'Banner', 'The ad slot was sold to a bank.', 'The variable user_id appeared in the leaked code.', 'NULL'],
    invalid: [
      {text: 'promo_strip\n\nThe mayor resigned on Monday.', messages: [{quote: 'promo_strip', expected: ['']}]},
      {text: 'The mayor resigned on Monday.\nhero image\nHer deputy takes over.', messages: [{quote: 'hero image', expected: ['']}]},
      {text: 'articleBody', messages: [{quote: 'articleBody', expected: ['']}]},
      {text: 'Written by {{ author.name }} for the city desk.', messages: [{quote: '{{ author.name }}', expected: ['']}]},
      {text: 'undefined', messages: [{quote: 'undefined', expected: ['']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      const reason = 'Page-template residue left in the text: a name from the web page, not copy. Delete it.'
      for (const line of linesOf(document)) {
        if (wholeLine.some((pattern) => pattern.test(line.text))) {
          report(lineRange(line), reason, {expected: ['']})
          continue
        }
        unfilled.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = unfilled.exec(line.text))) report(lineRange(line, match.index, match.index + match[0].length), reason, {expected: ['']})
      }
    }
  }
})
