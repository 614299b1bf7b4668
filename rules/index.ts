// The rule registry, alphabetical. Adding a rule: one file in rules/ and one line here.
import type {Rule} from '../src/rule.js'
import duplicateWord from './duplicate-word.js'
import typographyDoubleSpace from './typography-double-space.js'
import typographyMismatchedQuotes from './typography-mismatched-quotes.js'
import typographySpaceBeforePunctuation from './typography-space-before-punctuation.js'

export const rules: readonly Rule[] = [
  duplicateWord,
  typographyDoubleSpace,
  typographyMismatchedQuotes,
  typographySpaceBeforePunctuation
]
