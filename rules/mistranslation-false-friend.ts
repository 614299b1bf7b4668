import type {Block} from '../src/document.js'
import {defineRule} from '../src/rule.js'
import {falseFriends, type FalseFriend} from './mistranslation-false-friend.data.js'

interface Compiled {
  entry: FalseFriend
  wrong: RegExp
  cues?: RegExp
  silentIn?: RegExp
  silentInArticle?: RegExp
  articleCues?: {pattern: RegExp; min: number}
}

// A match must be a whole word: no letter, digit or hyphen on either side
// ("anti-Protestant" and "Protestantism" are other words).
const wordStart = "(?<![\\p{L}\\p{N}_-])"
const wordEnd = '(?![\\p{L}\\p{N}_-])'

// Quotes, brackets and dashes that may precede the first word of a sentence.
const sentenceOpening = /^[\s"'“‘«(\[—–-]*$/u

export function compile(entry: FalseFriend): Compiled {
  const words = (source: string, flags: string) => new RegExp(`${wordStart}(?:${source})${wordEnd}`, flags)
  return {
    entry,
    wrong: words(entry.wrong, 'giu'),
    cues: entry.cues === undefined ? undefined : words(entry.cues, 'iu'),
    silentIn: entry.silentIn === undefined ? undefined : words(entry.silentIn, 'iu'),
    silentInArticle: entry.silentInArticle === undefined ? undefined : words(entry.silentInArticle, 'iu'),
    articleCues: entry.articleCues && {pattern: words(entry.articleCues.pattern, 'giu'), min: entry.articleCues.min}
  }
}

export default defineRule({
  meta: {
    id: 'mistranslation-false-friend',
    category: 'mistranslation',
    severity: 'warn',
    description: 'A false friend left by machine translation ("Protestants" for protesters, "actual" for current)',
    docs: `Machine translation from Russian, Ukrainian, German, French, Spanish, Chinese or Arabic often picks an English word that looks like the source word but means something else: "Protestants" for *protestuyushchie* (protesters), "actual government" for *aktuell* (current), "manifestation" for *manifestation* (demonstration), "in state administration" for "in state custody", "on commission" for "on assignment", "militia station" for "police station".

Each confusion is an entry in \`rules/mistranslation-false-friend.data.ts\` with the context that makes the literal reading wrong and the context where it stays right. Most entries are phrase-shaped ("an important quantity", "disposes over"); others need cue words in the same sentence ("manifestation" is flagged only near police, rallies or streets) and are silenced by words that keep the literal sense ("manifestation of anger", "symptoms").

"Protestant" is flagged in a sentence about protests (riot police, rallies, detentions), or in a headline when the article is clearly about protests; it is never flagged when the sentence or the article mentions religion at all (churches, Catholics, the Reformation, a pastor, Northern Ireland). The suggestion keeps the number of the original, and a capital only at the start of a sentence.`,
    fixable: true,
    scope: 'document'
  },
  examples: {
    valid: [
      'A Protestant pastor joined the rally outside the court.',
      'The Protestant Reformation began in 1517.',
      'Catholics and Protestants prayed together after the protest.',
      'City Protestant found injured\n\nA Protestant church hosted the rally. Police detained organisers of the demonstration and other protesters.',
      ...falseFriends.map((entry) => entry.examples.pass)
    ],
    invalid: [
      {text: 'Protestants blocked the avenue as riot police moved in.', messages: [{quote: 'Protestants', expected: ['Protesters']}]},
      {
        text: 'City Protestant found injured\n\nThe rally drew thousands. Police detained organisers of the demonstration and other protesters.',
        messages: [{quote: 'Protestant', expected: ['protester']}]
      },
      {text: 'An important number of troops crossed the border.', messages: [{quote: 'An important', expected: ['A large']}]},
      ...falseFriends.map((entry) => ({
        text: entry.examples.flag.text,
        messages: [{quote: entry.examples.flag.quote, expected: [...entry.examples.flag.expected]}]
      }))
    ]
  },
  create() {
    const compiled = falseFriends.map(compile)
    // A regex per entry and sentence was most of this rule's cost. Instead
    // each block is first tested for any entry's words without their
    // context: looser than the entries, so it misses nothing, and fast, as no
    // alternative opens with a lookbehind (`\\b` is looser than the entries'
    // own word check). Most blocks fail; in the rest, only the entries whose
    // words are there run their full pattern.
    const words = compiled.map((item) => withoutLookarounds(item.entry.wrong))
    const cores = words.map((word) => new RegExp(`\\b(?:${word})`, 'iu'))
    const anyCore = new RegExp(`\\b(?:${words.join('|')})`, 'iu')
    return ({document, report}) => {
      let article: string | undefined
      // Article-wide checks are made at most once per entry and document.
      const articleSilent = new Map<Compiled, boolean>()
      const articleCued = new Map<Compiled, boolean>()
      const silentByArticle = (item: Compiled): boolean => {
        if (!item.silentInArticle) return false
        article ??= document.blocks.map((block) => block.text).join('\n')
        if (!articleSilent.has(item)) articleSilent.set(item, item.silentInArticle.test(article))
        return articleSilent.get(item)!
      }
      const cuedByArticle = (item: Compiled): boolean => {
        if (!item.articleCues) return false
        article ??= document.blocks.map((block) => block.text).join('\n')
        if (!articleCued.has(item)) articleCued.set(item, countAtLeast(article, item.articleCues.pattern, item.articleCues.min))
        return articleCued.get(item)!
      }
      for (const block of document.blocks) {
        if (!anyCore.test(block.text)) continue
        for (const [index, core] of cores.entries()) {
          if (!core.test(block.text)) continue
          const item = compiled[index]
          for (const match of block.text.matchAll(item.wrong)) {
            const sentence = block.sentences.findLast((candidate) => candidate.from <= match.index) ?? {text: block.text, from: 0}
            if (item.silentIn?.test(sentence.text) || silentByArticle(item)) continue
            if (item.cues && !item.cues.test(sentence.text) && !cuedByArticle(item)) continue
            const actual = match[0]
            const atStart = sentenceOpening.test(sentence.text.slice(0, match.index - sentence.from))
            reportMatch(block, match.index, actual, item.entry, suggestions(item.entry, actual, atStart), report)
          }
        }
      }
    }
  }
})

function reportMatch(
  block: Block,
  at: number,
  actual: string,
  entry: FalseFriend,
  expected: string[],
  report: (range: {start: number; end: number}, reason: string, extra: {expected: string[]}) => void
): void {
  report(block.range(at, at + actual.length), `\`${actual}\` ${entry.why}; ${entry.context}, \`${expected[0]}\` is likely meant`, {expected})
}

function suggestions(entry: FalseFriend, actual: string, atStart: boolean): string[] {
  const forms = entry.intended[actual.toLowerCase().replace(/\s+/g, ' ')] ?? entry.intended['*'] ?? []
  return forms.map((form) => matchCase(form, actual, atStart, entry.proper === true))
}

/** The fix in the case of the original: upper case stays upper case, a capital stays only where English wants one. */
export function matchCase(form: string, actual: string, atStart: boolean, proper: boolean): string {
  if (actual.length > 1 && actual === actual.toUpperCase() && actual !== actual.toLowerCase()) return form.toUpperCase()
  const capital = /^\p{Lu}/u.test(actual) && (atStart || !proper)
  return capital ? form.charAt(0).toUpperCase() + form.slice(1) : form
}

/** A regex source with its lookbehinds and lookaheads removed. */
export function withoutLookarounds(source: string): string {
  let result = ''
  for (let index = 0; index < source.length; ) {
    if (/^\(\?<?[=!]/.test(source.slice(index, index + 4))) {
      index = closingParen(source, index) + 1
    } else {
      const next = nextToken(source, index)
      result += source.slice(index, next)
      index = next
    }
  }
  return result
}

function closingParen(source: string, open: number): number {
  let depth = 0
  for (let index = open; index < source.length; index = nextToken(source, index)) {
    if (source[index] === '(') depth++
    else if (source[index] === ')' && --depth === 0) return index
  }
  return source.length
}

/** Index after the token at `index`: an escape, a whole character class, or one character. */
function nextToken(source: string, index: number): number {
  if (source[index] === '\\') return index + 2
  if (source[index] !== '[') return index + 1
  let at = index + 1
  while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1
  return at + 1
}

function countAtLeast(text: string, pattern: RegExp, min: number): boolean {
  let count = 0
  for (const _ of text.matchAll(pattern)) if (++count >= min) return true
  return false
}
