import {defineRule} from '../src/rule.js'

// Cyrillic and Greek letters that print like Latin ones. A word that mixes
// them with Latin letters looks right but breaks search, spelling and sorting:
// it comes from MT output, OCR or a keyboard left in the wrong layout.
const lookalikes: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'ë', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'ï', ј: 'j', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', Ё: 'Ë', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', Ѕ: 'S', І: 'I', Ї: 'Ï', Ј: 'J', Ԁ: 'D', Һ: 'H', Ԛ: 'Q', Ԝ: 'W',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o', ν: 'v', κ: 'k', ι: 'i'
}

const word = /[\p{L}\p{M}]+/gu
const latin = /\p{Script=Latin}/u
const cyrillic = /\p{Script=Cyrillic}/u
const greek = /\p{Script=Greek}/u

// Scripts whose words, left in English copy, need a translation.
const scripts: Array<[name: string, pattern: RegExp]> = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Chinese or Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u]
]
const foreign =
  '[\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Hangul}\\p{Script=Thai}\\p{Script=Devanagari}\\p{Script=Georgian}\\p{Script=Armenian}\\p{M}]'
// A run of foreign-script words. Greedy and without lookarounds, so it never
// backtracks; words that touch a Latin letter are trimmed off afterwards.
const run = new RegExp(`${foreign}+(?:[\\s-]+${foreign}+)*`, 'gu')
const wordChar = /[\p{L}\p{N}\p{M}]/u
const closers: Record<string, string> = {'(': ')', '[': ']', '“': '”', '"': '"', '«': '»', '‘': '’', "'": "'", '„': '“', '「': '」'}

// A block is English prose when most of its letters are Latin.
const minLatinShare = 0.6
const minLatinWords = 4

const nonLatinLetter = /(?!\p{Script=Latin})\p{L}/u

export default defineRule({
  meta: {
    id: 'mixed-script',
    category: 'script',
    severity: 'warn',
    description: 'A word mixing Latin with Cyrillic or Greek look-alikes, or untranslated foreign script in English prose',
    docs: `Two problems of scripts in English copy:

- **Look-alike letters.** A word such as "Pаris" with a Cyrillic "а" looks right in print but breaks search, spelling checks, sorting and links. It comes from MT output, OCR, or a keyboard left in a Cyrillic layout. The rule flags any word that mixes Latin with Cyrillic letters, or with Greek letters that look Latin, and suggests the all-Latin spelling when every foreign letter has a Latin twin.
- **Untranslated runs.** Words in another script (Cyrillic, Greek, Chinese, Japanese, Arabic, Hebrew, Korean, Thai, Devanagari, Georgian, Armenian) inside an English paragraph are usually text the translation skipped.

Left alone, because they are deliberate: a name or phrase in its own script inside brackets or quotation marks ("Novaya Gazeta (Новая газета)", "the slogan «Жыве Беларусь»") or after a colon, including a link label such as "[中文版]" or "Chinese: 中文版" (if it is scraper residue, residue rules judge it); single Greek letters as symbols (β-blockers, μg); and paragraphs mostly in another script, which are not English prose.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'The Paris summit opened on Monday.',
      'The newspaper Novaya Gazeta (Новая газета) suspended printing.',
      'Marchers chanted «Жыве Беларусь» outside the court.',
      'Patients took β-blockers at a dose of 5 μg a day.',
      'Протесты продолжаются уже третью неделю.',
      'Read the story in Chinese: [中文版](story_zh.md)'
    ],
    invalid: [
      {text: 'The Pаris summit opened on Monday.', messages: [{quote: 'Pаris', expected: ['Paris']}]},
      {text: 'Crowds gathered in Κyiv on Sunday.', messages: [{quote: 'Κyiv', expected: ['Kyiv']}]},
      {text: 'Police detained 20 протестующих near the square on Sunday.', messages: [{quote: 'протестующих'}]},
      {text: 'Officials said the 会议 had been postponed until next week.', messages: [{quote: '会议'}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const block of document.blocks) {
        const text = block.text
        // Nearly every block of English copy is Latin letters only.
        if (!nonLatinLetter.test(text)) continue
        for (const match of text.matchAll(word)) {
          const token = match[0]
          if (!latin.test(token)) continue
          const hasCyrillic = cyrillic.test(token)
          const hasGreek = greek.test(token)
          if (!hasCyrillic && !hasGreek) continue
          const foreignLetters = [...token].filter((char) => cyrillic.test(char) || greek.test(char))
          const mappable = foreignLetters.every((char) => char in lookalikes)
          // Greek beside Latin is often a symbol (TGFβ); only look-alikes are slips.
          if (!hasCyrillic && !mappable) continue
          const range = block.range(match.index, match.index + token.length)
          const which = hasCyrillic ? 'Cyrillic' : 'Greek'
          const distinct = [...new Set(foreignLetters)]
          const letters = distinct.slice(0, 5).join(', ') + (distinct.length > 5 ? ', …' : '')
          if (mappable) {
            const fixed = [...token].map((char) => lookalikes[char] ?? char).join('')
            report(range, `\`${token}\` mixes Latin letters with ${which} ${letters}, which only look Latin and break search and spelling: write \`${fixed}\``, {expected: [fixed]})
          } else {
            report(range, `\`${token}\` mixes Latin and ${which} letters (${letters}): likely a transliteration left half done`)
          }
        }
        if (!isEnglishProse(text)) continue
        for (const match of text.matchAll(run)) {
          const [from, to] = trimMixed(text, match.index, match.index + match[0].length)
          if (to <= from) continue
          const token = text.slice(from, to)
          const name = scripts.find(([, pattern]) => pattern.test(token))?.[0] ?? 'foreign'
          if (name === 'Greek' && [...token].length <= 2) continue
          if (enclosed(text, from, to)) continue
          report(
            block.range(from, to),
            `Untranslated ${name} text in English copy: translate it, or if the original wording matters, quote it and give a translation`
          )
        }
      }
    }
  }
})

/** The run without a first or last word that is glued to Latin letters or digits (a mixed word, flagged on its own). */
function trimMixed(text: string, from: number, to: number): [number, number] {
  const gap = (index: number) => /[\s-]/u.test(text[index])
  if (from > 0 && wordChar.test(text[from - 1])) while (from < to && !gap(from)) from++
  if (to < text.length && wordChar.test(text[to])) while (to > from && !gap(to - 1)) to--
  while (from < to && gap(from)) from++
  while (to > from && gap(to - 1)) to--
  return [from, to]
}

function isEnglishProse(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  const latinLetters = text.match(/\p{Script=Latin}/gu)?.length ?? 0
  if (letters === 0 || latinLetters / letters < minLatinShare) return false
  const words = text.match(/\p{Script=Latin}{2,}/gu)
  return (words?.length ?? 0) >= minLatinWords
}

/** Whether text[from, to) sits inside brackets or quotation marks, or is introduced by a colon as a label or quotation. */
function enclosed(text: string, from: number, to: number): boolean {
  let before = from - 1
  while (before >= 0 && /\s/.test(text[before])) before--
  let after = to
  while (after < text.length && /\s/.test(text[after])) after++
  const opener = text[before]
  if (opener === ':') return true
  return opener !== undefined && opener in closers && text[after] === closers[opener]
}
