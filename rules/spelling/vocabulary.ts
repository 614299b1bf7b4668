// The words the spelling rules accept or reject beyond the dictionaries: the
// built-in news vocabulary and the project's own lists (Vale's accept.txt and
// reject.txt style: one entry a line, a plain word or a regular expression
// that must match the whole word).
import type {Shared} from '../../src/config.js'
import {newsVocabulary} from './news-vocabulary.data.js'

export interface Vocabulary {
  accepts(word: string): boolean
  rejects(word: string): boolean
  /** Lowercase entries: words a suggestion may offer besides the dictionary's. */
  readonly lowercase: readonly string[]
  /** Capitalised entries: well-known names a near miss is measured against. */
  readonly names: readonly string[]
  /** The accepted spellings of a name, preferred first, when it has variants. */
  variantsOf(word: string): readonly string[] | undefined
}

/** The news vocabulary's lines, each a list of spellings (one, or variants). */
export const newsEntries: ReadonlyArray<readonly string[]> = newsVocabulary
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .map((line) => line.split(' | '))

const builtIn = new Set(newsEntries.flat())
const groups = new Map<string, readonly string[]>()
for (const entry of newsEntries) if (entry.length > 1) for (const spelling of entry) groups.set(spelling, entry)
const builtInNames = [...builtIn].filter((spelling) => /^\p{Lu}/u.test(spelling))

const cache = new Map<string, Vocabulary>()

/** The vocabulary for a project's lists, built once per distinct pair of lists. */
export function vocabularyFor(project: Shared['vocabulary']): Vocabulary {
  const key = JSON.stringify(project)
  let vocabulary = cache.get(key)
  if (!vocabulary) {
    vocabulary = build(project)
    cache.set(key, vocabulary)
  }
  return vocabulary
}

function build(project: Shared['vocabulary']): Vocabulary {
  const accept = matcher(project.accept)
  const reject = matcher(project.reject)
  return {
    accepts: (word) => {
      const lower = word.toLowerCase()
      return !reject(word, lower) && (builtIn.has(word) || builtIn.has(lower) || accept(word, lower))
    },
    rejects: (word) => reject(word),
    lowercase: [...builtIn, ...project.accept].filter((entry) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(entry)),
    names: [...builtInNames, ...project.accept.filter((entry) => /^\p{Lu}[\p{L}'’]+$/u.test(entry))],
    variantsOf: (word) => groups.get(word)
  }
}

/** A test for a list of entries: plain words match exactly (or any case, when written in lowercase); others are patterns. */
function matcher(entries: readonly string[]): (word: string, lower?: string) => boolean {
  // Most projects have no lists: then no word needs looking at.
  if (entries.length === 0) return () => false
  const plain = new Set<string>()
  const patterns: RegExp[] = []
  for (const entry of entries) {
    if (/^[\p{L}\p{M}'’-]+$/u.test(entry)) plain.add(entry)
    else {
      try {
        patterns.push(new RegExp(`^(?:${entry})$`, 'u'))
      } catch {
        plain.add(entry)
      }
    }
  }
  return (word, lower = word.toLowerCase()) => plain.has(word) || plain.has(lower) || patterns.some((pattern) => pattern.test(word))
}
