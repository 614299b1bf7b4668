import {defineRule} from '../src/rule.js'
import {getLexicon} from './spelling/lexicon.js'
import {storyOf} from './spelling/story.js'
import {caseLike} from './spelling/suggest.js'

const names = {'en-US': 'American', 'en-GB': 'British'} as const

export default defineRule({
  meta: {
    id: 'dialect-mix',
    category: 'consistency',
    severity: 'warn',
    description: 'American and British spellings mixed in one story ("fulfill" beside "honour")',
    docs: `A story keeps to one spelling: American (color, defense, organize, traveled) or British (colour, defence, organise, travelled). A word counts as a dialect spelling when one of the two dictionaries knows it, the other does not, and a regular rewrite (-or/-our, -ize/-ise, -er/-re, -l/-ll, -ense/-ence, -og/-ogue, ae/oe) gives a word only the other knows; words that one dictionary merely lacks ("amongst", "learnt", place names) never count. -ize is never flagged: Oxford spelling is British too ("organization" beside "colour"), while -ise is always British.

With the house dialect set to \`en-US\` or \`en-GB\`, every spelling of the other dialect is flagged. With \`auto\` (the default), the story's majority decides and the minority is flagged; on a tie nothing is. Capitalised words count only at the start of a sentence: elsewhere they are names, which keep their own spelling (Pearl Harbor, World Health Organization, Labour Party).`,
    fixable: true,
    scope: 'document'
  },
  examples: {
    valid: [
      'The defence minister praised the neighbouring states for their honour.',
      'The defense secretary praised the neighboring states for their honor.',
      'The Labor Party won, Labour in Britain lost, and both honour the deal.',
      'Amongst the travelers was a reporter who had learnt Russian.',
      'The organization will honour the defence agreement, its colour guard said.'
    ],
    invalid: [
      {text: 'The defence pact will honour its terms and fulfill its aims.', messages: [{quote: 'fulfill', expected: ['fulfil']}]},
      {text: 'The defense secretary praised the neighboring states for their honour.', messages: [{quote: 'honour', expected: ['honor']}]}
    ]
  },
  create(_options, shared) {
    getLexicon()
    return ({document, report}) => {
      const story = storyOf(document, shared)
      const variety = story.variety
      if (!variety) return
      const other = story.evidence.filter(({spelling}) => spelling.variety !== variety)
      const same = story.evidence.length - other.length
      for (const {word, spelling} of other) {
        const why =
          shared.dialect === 'auto'
            ? `this story otherwise uses ${names[variety]} spelling (${same} ${same === 1 ? 'word' : 'words'})`
            : `the house style is ${names[variety]} spelling`
        report(word.block.range(word.from, word.to), `\`${word.text}\` is ${names[spelling.variety]} spelling, but ${why}`, {
          expected: [caseLike(word.text, spelling.counterpart)]
        })
      }
    }
  }
})
