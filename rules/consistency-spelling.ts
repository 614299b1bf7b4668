import {defineRule} from '../src/rule.js'
import {getLexicon} from './spelling/lexicon.js'
import {nearMissOfName, storyOf, type Story} from './spelling/story.js'

export default defineRule({
  meta: {
    id: 'consistency-spelling',
    category: 'consistency',
    severity: 'warn',
    description: 'One story spells the same name two ways ("Belarusian" and "Belarussian")',
    docs: `A name spelled two ways in one story reads as two people or two places, and tells the reader the copy was not checked. Transliterations are the usual cause (Tsikhanouskaya and Tikhanovskaya, Kyiv and Kiev, Zelensky and Zelenskyy), and so are slips that happen to be plausible names.

Two spellings are taken for one name when the news vocabulary lists them as variants, or when they are one edit apart (two in a long name), share their first and last letters, and at least one of them is in no dictionary. Forms of a name that differ at an end are different words and left alone (Kolesnikov and Kolesnikova, Putin and Putins, Abbas and Abbasi), and so are two dictionary words (Austria and Australia).

The less used spelling is flagged and the more used one suggested; on a tie, the spelling no dictionary knows is flagged, or the vocabulary's less preferred variant. Different stories may spell a name differently: only one story at a time is compared. A spelling that \`spelling-unknown-word\` already flags as a slip is left to it.`,
    fixable: true,
    scope: 'document'
  },
  examples: {
    valid: [
      'Ms Tikhanovskaya spoke first. Later Ms Tikhanovskaya left.',
      'Austria and Australia both sent teams.',
      'Mr Kolesnikov and Ms Kolesnikova were both detained.',
      'Mr Kowalsky and Mr Kowalski, who are not related, both spoke.'
    ],
    invalid: [
      {text: 'Sviatlana Tsikhanouskaya spoke. Tsikhanouskaya said Tikhanovskaya was a spelling she had dropped.', messages: [{quote: 'Tikhanovskaya', expected: ['Tsikhanouskaya']}]},
      {text: 'The Belarusian leader met Belarussian officials.', messages: [{quote: 'Belarussian', expected: ['Belarusian']}]},
      {text: 'Shelling hit Kyiv. In Kiev, residents sheltered. Kyiv was quiet by noon.', messages: [{quote: 'Kiev', expected: ['Kyiv']}]},
      {text: 'The Ukrainian and Ukranian delegations met.', messages: [{quote: 'Ukranian', expected: ['Ukrainian']}]}
    ]
  },
  create(_options, shared) {
    getLexicon()
    return ({document, report}) => {
      const story = storyOf(document, shared)
      for (const [minority, majority] of variantPairs(story)) {
        const first = story.occurrences.get(majority)![0]
        for (const word of story.occurrences.get(minority)!) {
          if (story.verdict(word).kind === 'typo') continue
          const range = word.block.range(word.from, word.from + minority.length)
          const uses = story.counts.get(majority) ?? 0
          report(range, `This story spells it \`${majority}\` ${uses === 1 ? 'elsewhere' : `${uses} times`}; keep one spelling`, {
            expected: [majority],
            related: [{...first.block.range(first.from, first.from + majority.length), message: `\`${majority}\` here`}]
          })
        }
      }
    }
  }
})

/** Each spelling to flag with the spelling to keep, from groups of spellings of one name. */
function variantPairs(story: Story): Array<[minority: string, majority: string]> {
  const spellings = [...story.counts.keys()].filter((spelling) => /^\p{Lu}\p{Ll}/u.test(spelling) && countable(story, spelling))
  const group = new Map<string, string[]>()
  for (const spelling of spellings) group.set(spelling, [spelling])
  for (let i = 0; i < spellings.length; i++) {
    for (let j = i + 1; j < spellings.length; j++) {
      const [a, b] = [spellings[i], spellings[j]]
      if (group.get(a) === group.get(b) || !related(story, a, b)) continue
      const merged = [...group.get(a)!, ...group.get(b)!]
      for (const spelling of merged) group.set(spelling, merged)
    }
  }
  const pairs: Array<[string, string]> = []
  for (const members of new Set(group.values())) {
    if (members.length < 2) continue
    const ranked = [...members].sort((a, b) => rank(story, b) - rank(story, a))
    if (rank(story, ranked[0]) === rank(story, ranked[1])) continue
    for (const minority of ranked.slice(1)) pairs.push([minority, ranked[0]])
  }
  return pairs
}

/** Spellings that stand on their own: dictionary words, vocabulary entries and presumed names. */
function countable(story: Story, spelling: string): boolean {
  const words = story.occurrences.get(spelling) ?? []
  const word = words.find((candidate) => !candidate.initial) ?? words[0]
  const kind = word ? story.verdict(word).kind : 'typo'
  return kind === 'known' || kind === 'name'
}

function related(story: Story, a: string, b: string): boolean {
  if (story.vocabulary.variantsOf(a)?.includes(b)) return true
  return nearMissOfName(a, b) && !(story.knows(a) && story.knows(b))
}

/** Uses first; then a spelling the dictionaries know; then the vocabulary's preferred variant. */
function rank(story: Story, spelling: string): number {
  const variants = story.vocabulary.variantsOf(spelling)
  const preference = variants ? (variants.length - variants.indexOf(spelling)) / (variants.length + 1) : 0
  return (story.counts.get(spelling) ?? 0) * 100 + (story.knows(spelling) ? 10 : 0) + preference
}
