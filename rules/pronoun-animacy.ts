import type {Block} from '../src/document.js'
import {defineRule} from '../src/rule.js'

// Machine translation from languages with grammatical gender (Russian "ego",
// "ona") often renders a pronoun for a person as "it"/"its". Without a parser
// the antecedent of "it" cannot be known, so the rule only speaks where the
// sentence itself proves the referent is a person: "it" does what only people
// do (wears a vest, swings a rifle, smiles), or "its" owns a head that
// something circles over. Anything that could own a head or smile on its own
// (an animal, a statue, a robot, a baby) silences the rule.

const boundary = (source: string) => `(?<![\\p{L}\\p{N}’'-])(?:${source})(?![\\p{L}\\p{N}’'-])`

// Somebody is in the sentence (or the one before) for the pronoun to stand for.
const person = new RegExp(
  boundary(
    "he|him|his|himself|she|her|herself|mr|mrs|ms|dr|president(?:s|’s|'s)?|(?:prime )?minister(?:s|’s|'s)?|leader(?:s|’s|'s)?|chancellor(?:’s|'s)?|governor(?:’s|'s)?|mayor(?:’s|'s)?|king(?:’s|'s)?|queen(?:’s|'s)?|dictator(?:’s|'s)?|strongman(?:’s|'s)?|general(?:’s|'s)?|candidate(?:’s|'s)?|protesters?|demonstrators?|activists?|journalists?|reporters?|officers?|soldiers?|students?|wom[ae]n|m[ae]n|people|marchers"
  ),
  'iu'
)
const plural = new RegExp(boundary('protesters|demonstrators|activists|journalists|reporters|officers|soldiers|students|women|men|people|marchers'), 'iu')
const masculine = new RegExp(boundary('he|him|his|himself'), 'iu')
const feminine = new RegExp(boundary('she|her|herself'), 'iu')

// Things that may be "it" and still have a head, hands or a smile.
const notPerson = new RegExp(
  boundary(
    'animals?|dogs?|cats?|horses?|birds?|bears?|wol(?:f|ves)|cows?|bulls?|calf|calves|sheep|pigs?|goats?|lions?|tigers?|elephants?|whales?|dolphins?|eagles?|hawks?|pigeons?|crows?|foxes|fox|deer|rats?|mice|mouse|snakes?|monkeys?|apes?|gorillas?|creatures?|insects?|bees?|fish|sharks?|puppy|puppies|kittens?|pets?|statues?|sculptures?|monuments?|dolls?|puppets?|robots?|mannequins?|effig(?:y|ies)|idols?|busts?|figures?|babies|baby|infants?|child|foetus|fetus|creature'
  ),
  'iu'
)

// "its head" under something circling or hovering: the owner of a head is
// animate, and the circling thing is not its own owner.
const overHead = /(?<![\p{L}’'-])(?:circl|circulat|hover|fly|flie|flew|flown|buzz|swoop|whirl|swirl|orbit)[\p{L}]*\s(?:low\s|directly\s|right\s|menacingly\s)?(?:over|above|around|round)\s(its)\s(?:head|heads)(?![\p{L}’'-])/dgiu

const itSubject = /(?<![\p{L}\p{N}’'-])(it|It)(?![\p{L}\p{N}’'-])/gu
// Where the clause begun by "it" may hand its subject to someone else.
// Reporting and perception verbs open a clause with a subject of its own.
const chainBreak =
  /(?<![\p{L}’'-])(?:who|which|that|whether|if|because|while|when|where|whose|he|she|they|we|I|you|it|there|said|says|told|tells|reported|claimed|added|announced|insisted|showed|shows|saw|sees|watched|heard|noted|stated|believes|believed|thinks|thought|knew|knows|argued|suggested|confirmed|denied|alleged)(?![\p{L}’'-])|[;:—–]/iu
// What only a person does, right after "it" or after "then"/"and" that keep its subject.
const humanAct = new RegExp(
  '(?:^\\s*(?:\\p{Ll}+ly\\s)?|(?:,\\s*|\\s)(?:then|and|and then|but|before)\\s(?:then\\s)?)(?:' +
    [
      '(?:swung|brandished|wielded|waved)\\s(?:a|an|the|his|her|its)\\s(?:[\\p{L}\\p{N}-]+\\s){0,2}?(?:rifle|gun|pistol|kalashnikov|sword|knife|axe|bat|club|machete|truncheon|baton|fist)',
      '(?:put on|wore|donned|came off with|emerged wearing)\\s(?:a|an|the|his|her|its)\\s(?:[\\p{L}-]+\\s){0,2}?(?:vest|helmet|jacket|coat|hat|mask|uniform|shirt|dress)',
      '(?:smiled|grinned|laughed|wept|winked|blushed|kissed|hugged|knelt|frowned|sighed)'
    ].join('|') +
    ')(?![\\p{L}’\'-])',
  'u'
)
// "to applaud its security forces": a purpose clause shares the subject.
const purposeIts = /(?<![\p{L}’'-])to\s\p{Ll}+\s(its)(?![\p{L}’'-])/gu
const quoted = /“[^”]*”|"[^"]*"|‘[^’]*’/gu

export default defineRule({
  meta: {
    id: 'pronoun-animacy',
    category: 'pronoun',
    severity: 'warn',
    description: '"it"/"its" for a person ("it called protesters rats", "over its head")',
    docs: `Languages with grammatical gender let a machine translation render "he" or "his" as "it" or "its": "the president … as it called protesters 'rats' … to applaud its security forces".

Finding the antecedent of "it" needs a parser, so the rule speaks only where the sentence itself shows the referent is a person, and a person is named in it or the sentence before:

- "it" is the subject of what only people do (wear a vest, swing a rifle, smile, weep), straight after "it" or after "then"/"and"; "its" in a purpose clause of that subject ("to applaud its security forces") is flagged with it;
- "its head" under something circling or hovering: the circling thing does not own the head, so the owner is the person or the crowd.

Silent when the sentence or the one before mentions an animal, a statue, a robot, a doll or a baby, which English may call "it"; when another subject intervenes ("it said the minister smiled"); and for the many idioms in which organisations have heads, hands and feet ("at its head", "washed its hands of").`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'The ministry said it would praise its security forces.',
      'The dog circled the square as drones flew over its head.',
      'The statue of the king stood firm as pigeons circled over its head.',
      'The party put its leader at its head and smiled on its voters.',
      'It said the president wore a bulletproof vest and smiled.',
      'The crowd cheered as it welcomed the president home.',
      'The government shrugged off the protests as it put on a show of force.'
    ],
    invalid: [
      {
        text: 'The governor spoke as it wore a flak jacket and waved a pistol to thank its bodyguards, who cheered him.',
        messages: [
          {quote: 'it', occurrence: 0, expected: ['he']},
          {quote: 'its', expected: ['his']}
        ]
      },
      {
        text: 'Police drones hovered over its head while the candidate addressed protesters.',
        messages: [{quote: 'its', expected: ['their', 'his', 'her']}]
      },
      {
        text: 'The minister arrived late. It smiled and took questions.',
        messages: [{quote: 'It', expected: ['He', 'She']}]
      }
    ]
  },
  create() {
    return ({document, report}) => {
      for (const block of document.blocks) {
        const sentences = block.sentences
        for (const [n, sentence] of sentences.entries()) {
          // Every slip this rule knows has an "it" or "its" in it.
          if (!/it/i.test(sentence.text)) continue
          const context = (n > 0 ? sentences[n - 1].text + ' ' : '') + sentence.text
          const unquoted = context.replace(quoted, ' ')
          if (!person.test(unquoted) || notPerson.test(unquoted)) continue
          checkSentence(block, sentence.text, sentence.from, unquoted, report)
        }
      }
    }
  }
})

type Report = (range: {start: number; end: number}, reason: string, extra: {expected: string[]}) => void

function checkSentence(block: Block, text: string, from: number, context: string, report: Report): void {
  const flagged = new Set<number>()
  for (const match of text.matchAll(overHead)) {
    const at = match.indices![1]![0]
    const expected = plural.test(context) ? ['their', 'his', 'her'] : ['his', 'her', 'their']
    flagged.add(at)
    report(block.range(from + at, from + at + 3), '`its head`: a head that something circles over belongs to a person or a crowd, not a thing; write `their`, `his` or `her`', {expected})
  }
  for (const match of text.matchAll(itSubject)) {
    const start = match.index + match[0].length
    const rest = text.slice(start)
    const stop = chainBreak.exec(rest)
    const chain = stop ? rest.slice(0, stop.index) : rest
    const act = humanAct.exec(chain)
    if (!act) continue
    const deed = act[0].replace(/^[\s,]*(?:then|and|and then|but|before)?\s*(?:then\s)?/u, '').trim()
    const subject = masculine.test(context) ? ['he'] : feminine.test(context) ? ['she'] : ['he', 'she']
    const initial = match[1] === 'It'
    report(block.range(from + match.index, from + match.index + 2), `\`${match[1]}\` ${deed}, which only a person does: if it stands for the person named here, write \`${subject.join('` or `')}\``, {
      expected: subject.map((word) => (initial ? word[0].toUpperCase() + word.slice(1) : word))
    })
    const owner = subject.map((word) => (word === 'he' ? 'his' : 'her'))
    for (const its of chain.matchAll(purposeIts)) {
      const at = start + its.index + its[0].length - 3
      if (flagged.has(at)) continue
      report(block.range(from + at, from + at + 3), `\`its\` belongs to the same subject as \`${match[1]}\`, a person: write \`${owner.join('` or `')}\``, {expected: owner})
    }
  }
}
