// Phrase lists for residue rules whose family is a list of page elements
// (navigation links, comment-section notices, embed labels). Each entry is a
// pattern with the lines it must match, so the data documents and tests itself
// (test/data/<rule id>.test.ts).

export interface Phrase {
  /** Regular-expression source, matched case-insensitively with the u flag. */
  pattern: string
  /** Lines (or, for phrases matched inside a line, texts starting with the phrase) it must match. */
  examples: readonly string[]
  /** The site or CMS family it comes from. */
  family: string
}

/** One pattern that matches a line made of exactly one of `phrases`, after an optional list marker. */
export function wholeLine(phrases: readonly Phrase[], trailing = ''): RegExp {
  return new RegExp(`^(?:${alternation(phrases)})${trailing}$`, 'iu')
}

/** One sticky pattern that matches any of `phrases` at `lastIndex`. */
export function sticky(phrases: readonly Phrase[]): RegExp {
  return new RegExp(`(?:${alternation(phrases)})`, 'iuy')
}

function alternation(phrases: readonly Phrase[]): string {
  return phrases.map((phrase) => `(?:${phrase.pattern})`).join('|')
}
