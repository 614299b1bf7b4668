import type {Block, Document} from '../src/document.js'
import {defineRule} from '../src/rule.js'

// A capitalised word, a number and a comma each side, then the sentence goes
// on in lower case: "Smith, 45, a teacher". Lists ("Lagos, 12, Abuja") and
// dates ("August 9, 2020") do not have that shape.
const apposition = /(?<![\p{L}\p{N}’'-])(?:(\p{Lu}[\p{L}’'.-]*) )?(\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’'-]+)?), (\d{1,3}), (?=\p{Ll})/gu

const maybeApposition = /, \d{1,3}, \p{Ll}/u

// Capitalised words that are not people, before a comma and a number.
const notPeople = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'however meanwhile moreover instead still yet also overall finally then now today yesterday tomorrow separately earlier later thus therefore indeed again ' +
    'room section article chapter page paragraph clause rule route highway platform gate flight bus number year season volume issue apartment suite ' +
    'floor level unit block lot exit lane street avenue road psalm verse act scene week day stage round game match race lap hole track episode part ' +
    'figure table box pier bay channel ward division district zone sector amendment resolution regulation directive protocol bill law code'
  ).split(' ')
)

// Other ways a text gives someone's age. Each pattern opens with a
// lookbehind, tried at every character, so a literal-led test (`when`) first
// skips the blocks it cannot match.
const agePatterns: Array<{pattern: RegExp; when: RegExp}> = [
  {pattern: /(?<![\p{L}’'-])(\p{Lu}[\p{Ll}’'-]+) \((\d{1,3})\)/gu, when: / \(\d/},
  {pattern: /(?<![\p{L}’'-])(\p{Lu}[\p{Ll}’'-]+), (?:aged|who is|now) (\d{1,3})\b/gu, when: /, (?:aged|who is|now) \d/},
  {pattern: /(?<![\p{L}’'-])(\p{Lu}[\p{Ll}’'-]+) is (\d{1,3}) years old\b/gu, when: / is \d{1,3} years old/}
]
// "the 65-year-old Belarusian leader Alexander Lukashenko": the age belongs to
// the capitalised words that follow, up to the next punctuation.
const yearOld = /\b(\d{1,3})-year-old ([^.,;:!?()"“”]{0,80})/gu

// A number of years someone has held power.
const durationPatterns: RegExp[] = [
  /\b(\d{1,3})-year(?:-long)? (?:rule|reign|tenure|term|presidency|premiership|leadership|dictatorship|grip on power|hold on power|stint|time in (?:power|office))\b/giu,
  /\b(\d{1,3}) years (?:in power|in office|as (?:president|prime minister|premier|leader|head of state|chancellor|ruler|king|queen|chief executive)|at the helm|in charge)\b/giu,
  /\b(?:ruled|led|governed|headed|run|ran)\b[^.;:!?]{0,40}?\bfor (?:the (?:past|last) |more than |nearly |almost |over |some )?(\d{1,3}) years\b/giu
]

// Roles with the youngest age at which a holder is believable in news copy.
const roles: Array<{name: string; pattern: string; min: number; exact?: RegExp}> = [
  {name: 'president', pattern: 'president', min: 30},
  {name: 'prime minister', pattern: 'prime minister', min: 30},
  {name: 'premier', pattern: 'premier', min: 30},
  {name: 'chancellor', pattern: 'chancellor', min: 30},
  {name: 'head of state', pattern: 'head of state', min: 30},
  {name: 'dictator', pattern: 'dictator', min: 30},
  {name: 'general', pattern: 'general|gen\\.', min: 30},
  {name: 'minister', pattern: '(?:foreign |defence |defense |interior |finance |health |justice )?minister', min: 25},
  // Founders of young companies can be very young: only a teenager is implausible.
  {name: 'chief executive', pattern: 'chief executive|ceo', min: 21}
]
for (const role of roles) role.exact = new RegExp(`^(?:${role.pattern})$`, 'u')
const roleSource = roles.map((role) => role.pattern).join('|')
// Words before a surname that are not a first name.
const honorifics = new RegExp(`^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|mr\\.|mrs\\.|ms\\.|dr\\.|${roleSource}|leader|king|queen|prince|princess)$`, 'u')
// Clubs, schools and youth bodies have young presidents.
// (Checked in code before each match: as a leading lookbehind it would be
// tried at every character.)
const youthBody = /(?<![\p{L}’'-])(?:student|students’|students'|union|club|society|association|league|class|chapter|youth|fraternity|sorority|guild|team|company|board|vice)\s$/iu
const name = "((?:\\p{Lu}[\\p{L}’'-]*\\s){0,3}\\p{Lu}[\\p{L}’'-]*)"
// As with the age patterns, `when` skips blocks a pattern cannot match: under
// the `i` flag the third one's \p{Lu} matches any letter, so it is tried at every word.
const anyRole = new RegExp(roleSource, 'iu')
const rolePatterns: Array<{pattern: RegExp; when: RegExp}> = [
  // President Alexander Lukashenko, Belarusian President Lukashenko
  {pattern: new RegExp(`\\b(${roleSource})\\s${name}`, 'giu'), when: anyRole},
  // the President of Belarus, Alexander Lukashenko
  {pattern: new RegExp(`\\b(${roleSource})\\sof\\s(?:the\\s)?\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*){0,3},\\s${name}`, 'giu'), when: anyRole},
  // Lukashenko, the Belarusian president
  {pattern: new RegExp(`(\\p{Lu}[\\p{L}’'-]*),\\s(?:the|a|its|their)\\s(?:[\\p{L}-]+\\s){0,2}?(${roleSource})\\b`, 'giu'), when: /,\s(?:the|a|its|their)\s/iu}
]

const oldest = 110

interface Mention {
  number: number
  /** The given name written with it, when there is one: "Barron Trump" is not "Donald Trump". */
  first?: string
  /** Source offset, for the line number in messages. */
  at: number
  what: string
}

export default defineRule({
  meta: {
    id: 'number-apposition',
    category: 'number',
    severity: 'warn',
    description: 'A number set after a name as an age ("Lukashenko, 26,") that cannot be the age',
    docs: `News style gives an age between commas after a name: "Smith, 45, a teacher from Leeds". Machine translation and hasty rewriting put other numbers there too: "Lukashenko, 26, has declared himself the winner", where 26 is his years in power.

The rule flags such an apposition when the text itself contradicts it:

- another age is given for the same person ("Lukashenko, 65,", "Lukashenko (65)", "the 65-year-old Belarusian leader Alexander Lukashenko");
- the number equals a time in power stated for the same person ("Lukashenko's 26-year rule", "after 26 years as president");
- the text gives the person a role no one that young holds: president, prime minister, chancellor, head of state or general under 30, minister under 25, chief executive under 21 (younger founders are common); or the number is over ${oldest}.

Left alone: real ages, dates ("August 9, 2020", "on August 9, Lukashenko declared"), numbered things ("Room 26,", "Section 26,", "Article 5,"), lists and scores, which do not have the shape *Name, number, lower-case word*. An unattached "the 65-year-old" is not linked to a name.`,
    fixable: false,
    scope: 'document'
  },
  examples: {
    valid: [
      'Smith, 45, a teacher from Leeds, was among the marchers.',
      'Polls closed on August 9, 2020, and the count began.',
      'On August 9, Mayor Adams declared victory.',
      'Room 26, on the second floor, was sealed off.',
      'Under Section 26, police may hold suspects for a day.',
      'Wins went to Lagos, 12, Abuja, 9, and Kano, 4.',
      'President Maria Ortiz, 56, has declared herself the winner.',
      'Prime Minister Ngozi Okafor called the vote. Chinedu Okafor, 26, a student who shares her name, voted for her.',
      'The 19-year-old striker Gomez, 19, scored twice.',
      'The student union president Aisha Bello, 21, led the march.'
    ],
    invalid: [
      {
        text: 'President Tomas Varga has ruled since 1994.\n\nVarga, 28, has declared himself the winner.',
        messages: [{quote: '28'}]
      },
      {
        text: 'Critics say Varga’s 28-year rule must end.\n\nVarga, 28, has declared himself the winner.',
        messages: [{quote: '28', occurrence: 1}]
      },
      {
        text: 'The 68-year-old retired farmer Ana Lucic spoke first.\n\nLucic, 43, said the water had risen overnight.',
        messages: [{quote: '43'}]
      },
      {text: 'Ana Lucic, 143, said the water had risen overnight.', messages: [{quote: '143'}]}
    ]
  },
  create() {
    return ({document, report}) => {
      const ages = new Map<string, Mention[]>()
      const durations: Array<Mention & {names: Set<string>}> = []
      const titles = new Map<string, Array<Mention & {role: Role}>>()
      const appositions: Array<{block: Block; index: number; key: string; first?: string; name: string; age: number; text: string}> = []

      for (const block of document.blocks) {
        // The apposition pattern opens with a lookbehind, tried at every
        // character; this literal-led test skips the blocks it cannot match.
        if (!maybeApposition.test(block.text)) continue
        for (const match of block.text.matchAll(apposition)) {
          const key = keyOf(match[2])
          if (notPeople.has(key)) continue
          const index = match.index + match[0].indexOf(', ') + 2
          const age = Number(match[3])
          const first = firstName(match[1])
          appositions.push({block, index, key, first, name: match[2], age, text: match[3]})
          push(ages, key, {number: age, first, at: block.offsetAt(index), what: `${match[2]}, ${age},`})
        }
      }
      // Most stories have no "Name, NN," at all: then there is nothing to check
      // against, and the context below is not worth gathering.
      if (appositions.length === 0) return

      // Every age, duration and title gathered below is keyed by a name in
      // the same block, so only blocks that name an apposition's person count.
      const keys = [...new Set(appositions.map((item) => item.key))]
      for (const block of document.blocks) {
        const text = block.text
        const lower = text.toLowerCase()
        if (!keys.some((key) => lower.includes(key))) continue
        for (const {pattern, when} of agePatterns) {
          if (!when.test(text)) continue
          for (const match of text.matchAll(pattern)) {
            push(ages, keyOf(match[1]), {number: Number(match[2]), at: block.offsetAt(match.index), what: match[0]})
          }
        }
        for (const match of text.matchAll(yearOld)) {
          for (const person of people(match[2])) {
            push(ages, person.key, {number: Number(match[1]), first: person.first, at: block.offsetAt(match.index), what: `${match[1]}-year-old`})
          }
        }
        for (const sentence of block.sentences) {
          let names: Set<string> | undefined
          for (const pattern of durationPatterns) {
            for (const match of sentence.text.matchAll(pattern)) {
              names ??= new Set(people(sentence.text).map((person) => person.key))
              durations.push({number: Number(match[1]), at: block.offsetAt(sentence.from + match.index), what: match[0], names})
            }
          }
        }
        for (const [n, {pattern, when}] of rolePatterns.entries()) {
          if (!when.test(text)) continue
          for (const match of text.matchAll(pattern)) {
            if (n !== 2 && youthBody.test(text.slice(Math.max(0, match.index - 20), match.index))) continue
            const [roleText, named] = n === 2 ? [match[2], match[1]] : [match[1], match[2]]
            const role = roleOf(roleText)
            const person = people(named).at(-1)
            if (role && person) push(titles, person.key, {number: 0, first: person.first, at: block.offsetAt(match.index), what: roleText, role})
          }
        }
      }

      for (const item of appositions) {
        const range = item.block.range(item.index, item.index + item.text.length)
        const same = (mention: Mention) => !mention.first || !item.first || mention.first === item.first
        const other = (ages.get(item.key) ?? []).find((mention) => mention.number !== item.age && mention.at !== range.start && same(mention))
        if (other) {
          report(range, `${item.name} is given the age ${item.age} here but ${other.number} at line ${lineOf(document, other.at)} (“${other.what}”): check what ${item.age} counts`)
          continue
        }
        const duration = durations.find((mention) => mention.number === item.age && mention.names.has(item.key))
        if (duration) {
          report(range, `${item.age} matches the ${shorten(duration.what)} at line ${lineOf(document, duration.at)}: it is likely ${item.name}’s years in power, not an age`)
          continue
        }
        const title = (titles.get(item.key) ?? []).filter((mention) => item.age < mention.role.min && same(mention)).sort((a, b) => b.role.min - a.role.min)[0]
        if (title) {
          report(
            range,
            `${item.name} is called ${title.what} at line ${lineOf(document, title.at)}, and a ${title.role.name} aged ${item.age} is implausible: ${item.age} is likely another count (years in office?), not an age`
          )
          continue
        }
        if (item.age > oldest) report(range, `No one is ${item.age} years old: check the number after ${item.name}`)
      }
    }
  }
})

type Role = (typeof roles)[number]

/** People named in a text: each run of capitalised words, keyed by its last word, with the word before as given name. */
function people(text: string): Array<{key: string; first?: string}> {
  const found: Array<{key: string; first?: string}> = []
  for (const match of text.matchAll(/(?<![\p{L}’'-])\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*)*/gu)) {
    const words = match[0].split(' ')
    found.push({key: keyOf(words.at(-1)!), first: firstName(words.at(-2))})
  }
  return found
}

function firstName(word: string | undefined): string | undefined {
  if (!word) return undefined
  const lower = word.toLowerCase()
  return honorifics.test(lower) || notPeople.has(lower) ? undefined : lower
}

function keyOf(word: string): string {
  return word.replace(/[’'.]s?$/u, '').toLowerCase()
}

function roleOf(text: string): Role | undefined {
  const lower = text.toLowerCase()
  return roles.find((role) => role.exact!.test(lower))
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function lineOf(document: Document, offset: number): number {
  return document.pointAt(offset).line
}

function shorten(text: string): string {
  return text.length > 40 ? text.slice(0, 40) + '…' : text
}
