// The rule registry, alphabetical. Adding a rule: one file in rules/ and one line here.
import type {Rule} from '../src/rule.js'
import consistencySpelling from './consistency-spelling.js'
import dialectMix from './dialect-mix.js'
import duplicateParagraph from './duplicate-paragraph.js'
import duplicateSentence from './duplicate-sentence.js'
import duplicateWord from './duplicate-word.js'
import garbledDoubledSubject from './garbled-doubled-subject.js'
import garbledInvertedVerb from './garbled-inverted-verb.js'
import garbledMissingDeterminer from './garbled-missing-determiner.js'
import mistranslationFalseFriend from './mistranslation-false-friend.js'
import mixedScript from './mixed-script.js'
import numberApposition from './number-apposition.js'
import pronounAnimacy from './pronoun-animacy.js'
import residueComments from './residue-comments.js'
import residueEmbed from './residue-embed.js'
import residueFileName from './residue-file-name.js'
import residueGluedWords from './residue-glued-words.js'
import residueMarkdownEscape from './residue-markdown-escape.js'
import residueNavigation from './residue-navigation.js'
import residuePhotoCredit from './residue-photo-credit.js'
import residuePunctuationOnly from './residue-punctuation-only.js'
import residueReadMore from './residue-read-more.js'
import residueScraperMetadata from './residue-scraper-metadata.js'
import residueTemplateToken from './residue-template-token.js'
import residueTimecode from './residue-timecode.js'
import spellingUnknownWord from './spelling-unknown-word.js'
import typographyDoubleSpace from './typography-double-space.js'
import typographyMismatchedQuotes from './typography-mismatched-quotes.js'
import typographySpaceBeforePunctuation from './typography-space-before-punctuation.js'

export const rules: readonly Rule[] = [
  consistencySpelling,
  dialectMix,
  duplicateParagraph,
  duplicateSentence,
  duplicateWord,
  garbledDoubledSubject,
  garbledInvertedVerb,
  garbledMissingDeterminer,
  mistranslationFalseFriend,
  mixedScript,
  numberApposition,
  pronounAnimacy,
  residueComments,
  residueEmbed,
  residueFileName,
  residueGluedWords,
  residueMarkdownEscape,
  residueNavigation,
  residuePhotoCredit,
  residuePunctuationOnly,
  residueReadMore,
  residueScraperMetadata,
  residueTemplateToken,
  residueTimecode,
  spellingUnknownWord,
  typographyDoubleSpace,
  typographyMismatchedQuotes,
  typographySpaceBeforePunctuation
]
