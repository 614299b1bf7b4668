import {defineRule} from '../src/rule.js'
import {getLexicon} from './spelling/lexicon.js'
import {storyOf} from './spelling/story.js'
import {prepareSuggestions} from './spelling/suggest.js'

export default defineRule({
  meta: {
    id: 'spelling-unknown-word',
    category: 'spelling',
    severity: 'warn',
    description: 'A word no dictionary knows, or a slip in a name the story spells otherwise',
    docs: `Checks each word against Hunspell's American and British dictionaries (a word of the other dialect is left to \`dialect-mix\`), the built-in news vocabulary (leaders, places, agencies such as Reuters, AFP and dpa, newsroom words like "livestream") and the project's vocabulary (\`.lintnews/accept.txt\` and \`reject.txt\`; a rejected word is always flagged).

Names are the hard part of news copy: most are in no dictionary. An unknown capitalised word is taken for a name and left alone, unless it is one slip (two in a long name) away from a name the same story uses more often ("Puitin" in a story that says "Putin" twenty times), or, used once, a letter added, dropped or swapped in a well-known name of the vocabulary ("Scholtz"). One letter for another is not enough against the vocabulary: real names differ that way (Bekele and Bukele). Then the suggestion is that name, never a dictionary word. At the start of a sentence, where names and common words are both capitalised, an unknown word is flagged only when it is one edit from a word the story writes in lowercase ("Goverment" in a story about the government) or a telltale slip (swapped, doubled or undoubled letter) of a common word ("Recieve"); names one letter from a word (Tuttle, Farage) are left alone.

Suggestions prefer the story's own words, then the vocabulary, then the dictionary, ranked by how typists slip and how common the word is, in the story's dialect.

Left alone: URLs, e-mail addresses, @handles, #hashtags, paths and file names, words with digits, ALL-CAPS words (acronyms, credit lines), words with inner capitals (iPhone), words in other scripts, and lowercase forms of names the story or the dictionary knows (tags, keywords).`,
    fixable: true,
    scope: 'document'
  },
  examples: {
    valid: [
      'The minister said the talks would resume in the spring.',
      'Ms Kallas met Mr Sikorski in Tallinn, and Kallas said the talks went well.',
      'Officials in Kyiv and Kharkiv confirmed the ceasefire to Reuters and dpa.',
      {text: 'Read it at https://example.com/news/live-file.html or write to desk@example.org.', formats: ['text']},
      'The hashtag #StopTeh trended, and @newsdesk replied.',
      'PHOTO: JOHN SMYTHE / AGENSE',
      'Its model X5i and the 747s were grounded.',
      {text: 'Run `zorblaxify --all` to update the list.', formats: ['markdown']},
      'Mr Jansen and Mr Janssen, who are not related, both spoke.',
      'The talks ended late. Tuttle said the deal was close.',
      'Mr Kolesnikov, Ms Kolesnikova and the Kolesnikovs were there.'
    ],
    invalid: [
      {text: 'The goverment will recieve the report.', messages: [{quote: 'goverment', expected: ['government']}, {quote: 'recieve', expected: ['receive', 'relieve']}]},
      {text: 'Ms Kallas arrived first. Kallas said the talks went well, and Kalas added that more would follow.', messages: [{quote: 'Kalas', expected: ['Kallas']}]},
      {text: 'Chancellor Scholtz arrived in Warsaw.', messages: [{quote: 'Scholtz', expected: ['Scholz']}]},
      {text: 'Goverment ministers met. The government fell.', messages: [{quote: 'Goverment', expected: ['Government']}]},
      {text: 'Officials met at noon. Recieve the aid, they said.', messages: [{quote: 'Recieve', expected: ['Receive']}]},
      {text: "The comittee's report was late.", messages: [{quote: 'comittee', expected: ['committee']}]}
    ]
  },
  create(_options, shared) {
    prepareSuggestions(getLexicon())
    return ({document, report}) => {
      const story = storyOf(document, shared)
      for (const word of story.words) {
        const verdict = story.verdict(word)
        if (verdict.kind !== 'typo' && verdict.kind !== 'rejected') continue
        const base = word.base
        const range = word.block.range(word.from, word.from + base.length)
        if (verdict.kind === 'rejected') {
          report(range, `\`${base}\` is on the project's list of words to avoid`)
          continue
        }
        const suggestions = verdict.suggestions()
        if (verdict.of === 'name') {
          const uses = story.counts.get(suggestions[0]) ?? 0
          const why = uses > 1 ? `, which this story uses ${uses} times` : ', a well-known name'
          report(range, `\`${base}\` looks like a slip for \`${suggestions[0]}\`${why}`, {expected: suggestions})
        } else if (suggestions.length > 0) {
          report(range, `\`${base}\` is not in the dictionary; did you mean \`${suggestions[0]}\`?`, {expected: suggestions})
        } else {
          report(range, `\`${base}\` is not in the dictionary`)
        }
      }
    }
  }
})
