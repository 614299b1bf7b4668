import {linesOf} from '../src/lines.js'
import {defineRule} from '../src/rule.js'
import {colonLabels, labels, names, openers} from './residue-glued-words.data.js'

const any = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|')

// The word before the glue: a lower-case or capitalised word of three letters
// or more, a year or day number, or an abbreviation ("IST", "AM"). Starting
// only at a word's start keeps camel-case names ("iPhone", "McDonald",
// "LinkedIn", "JPMorgan") out: their humps come after one or two letters or
// are not page labels.
const before = String.raw`(?<![\p{L}\p{N}#@_'’-])(\p{Lu}?\p{Ll}{2,}|\d{2,4}|\p{Lu}{2,})`
const glued = new RegExp(
  `${before}(?:(${any(labels)})(?=[\\s:,]|$)|(${any(colonLabels)}):|(${any(openers)})(?=[ \\t\\u00A0]+[\\p{L}\\p{N}]))`,
  'gu'
)
// `glued` opens with a lookbehind, tried at every character; this test, a
// letter or digit run into a label, first skips the lines it cannot match.
const maybeGlued = new RegExp(`[\\p{L}\\p{N}](?:${any(labels)}|${any(colonLabels)}|${any(openers)})`, 'u')
const exempt = new Set(names)

export default defineRule({
  meta: {
    id: 'residue-glued-words',
    category: 'residue',
    severity: 'warn',
    description: 'Two page elements glued together by a lost line break ("RussiaUpdated: Aug 28")',
    docs: `When a scraper drops a line break, the last word of one element runs into the first word of the next: a dateline into its timestamp ("Moscow, RussiaUpdated: Aug 28"), a caption into its credit ("MinskPhoto: Reuters"), one paragraph into the next ("in central KyivThe president said").

Flagged: a word glued to a page label that no name ends in ("Updated", "Published", "Posted", "Advertisement"), to a label that some names end in only when a colon follows ("Photo:", "Share:", "Watch:"), or to a sentence opener ("The", "She", "However") followed by more text. Camel-case names (iPhone, YouTube, McDonald, PlayStation, LinkedIn, WhatsApp, JPMorgan) are left alone: their second part is not one of these words, or follows only one or two letters. The suggestion separates the two words; the editor may prefer to restore the line break or delete the page element. The word lists live in \`rules/residue-glued-words.data.ts\`.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'He bought an iPhone and watched YouTube at McDonald’s.',
      'PlayStation, LinkedIn, WhatsApp and JPMorgan were named in the report.',
      'The HeForShe campaign and CBS MoneyWatch covered the story.',
      'The page was updated: August 28, 2020, 07:51 AM.',
      'She used the hashtag #SaveThe children.',
      'Moscow, Russia Updated: Aug 28'
    ],
    invalid: [
      {text: 'Kyiv, UkrainePublished: Sep 3, 2021, 10:02 AM', messages: [{quote: 'UkrainePublished', expected: ['Ukraine Published']}]},
      {text: 'Sep 3, 2021Updated: 10:02 AM', messages: [{quote: '2021Updated', expected: ['2021 Updated']}]},
      {text: 'Crowds filled the square in central KyivThe president said nothing.', messages: [{quote: 'KyivThe', expected: ['Kyiv The']}]},
      {text: 'Marchers on the avenuePhoto: City Desk', messages: [{quote: 'avenuePhoto', expected: ['avenue Photo']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const line of linesOf(document)) {
        if (!maybeGlued.test(line.text)) continue
        glued.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = glued.exec(line.text))) {
          const first = match[1]
          const second = match[2] ?? match[3] ?? match[4]
          if (exempt.has(first + second) || exempt.has(wordAt(line.text, match.index))) continue
          report(
            line.block.range(line.from + match.index, line.from + match.index + first.length + second.length),
            `\`${first}\` and \`${second}\` are run together: a line break between two page elements was probably lost. Separate them, or delete the page element.`,
            {expected: [`${first} ${second}`]}
          )
        }
      }
    }
  }
})

function wordAt(text: string, index: number): string {
  return /^[\p{L}\p{N}]+/u.exec(text.slice(index))?.[0] ?? ''
}
