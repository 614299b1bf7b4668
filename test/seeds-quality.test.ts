// The seeds quality bar: no `clean` span of expected.json is ever flagged, and
// every required span listed below is caught. The list grows as rules land.
import {describe, expect, it} from 'vitest'
import {gold, hits, lintedSeeds} from './helpers/seeds.js'

// "file quote" of each required span caught so far, and the rule that catches it.
const caught: Array<[file: string, quote: string, ruleId: string]> = [
  ['000_47d23a9095cc180e.txt', "'crossed the line' .", 'typography-space-before-punctuation'],
  ['000_47d23a9095cc180e.txt', 'Puitin', 'spelling-unknown-word'],
  ['001_ffcef741cb91c7d5.txt', 'Belarussian', 'consistency-spelling'],
  ['000_47d23a9095cc180e.txt', "'Of course we have obligations to Belarus,”", 'typography-mismatched-quotes'],
  ['001_ffcef741cb91c7d5.txt', 'control. ”', 'typography-space-before-punctuation'],
  ['001_ffcef741cb91c7d5.txt', '27 August , 2020', 'typography-space-before-punctuation'],
  ['000_47d23a9095cc180e.txt', 'Vladimir Putin has said he is ready to intervene', 'duplicate-paragraph'],
  ['000_47d23a9095cc180e.txt', 'Putin, speaking from Crimea', 'duplicate-paragraph'],
  ['000_47d23a9095cc180e.txt', 'Putin said he acted after Alexander Lukashenko (pictured together)', 'duplicate-paragraph'],
  ['000_47d23a9095cc180e.txt', 'Thousands of marchers took to the streets of Minsk', 'duplicate-paragraph'],
  ['000_47d23a9095cc180e.txt', 'The comments below have not been moderated.', 'residue-comments'],
  ['000_47d23a9095cc180e.txt', 'The views expressed in the contents above', 'residue-comments'],
  ['000_47d23a9095cc180e.txt', 'We are no longer accepting comments', 'residue-comments'],
  ['001_ffcef741cb91c7d5.txt', '01:22', 'residue-timecode'],
  ['001_ffcef741cb91c7d5.txt', 'VASILY FEDOSENKO / REUTERS', 'residue-photo-credit'],
  ['001_ffcef741cb91c7d5.txt', 'belarus-protest-police-1228224227.jpg', 'residue-file-name'],
  ['001_ffcef741cb91c7d5.txt', 'Misha Friedman / Getty', 'residue-photo-credit'],
  ['001_ffcef741cb91c7d5.txt', 'Pool Pervogo / Handout via Reuters TV', 'residue-photo-credit'],
  ['002_ea335b3cb649de02.txt', 'publish date: None', 'residue-scraper-metadata'],
  ['002_ea335b3cb649de02.txt', 'Image copyright Rossiya 1tv Image caption', 'residue-photo-credit'],
  ['002_ea335b3cb649de02.txt', 'Skip Twitter post by @BBCSteveR', 'residue-embed'],
  ['002_ea335b3cb649de02.txt', 'Media playback is unsupported on your device', 'residue-embed'],
  ['002_ea335b3cb649de02.txt', '\\!', 'residue-markdown-escape'],
  ['003_e49dd423f0d00d0d.txt', 'ugc_banner', 'residue-template-token'],
  ['003_e49dd423f0d00d0d.txt', 'main img', 'residue-template-token'],
  ['003_e49dd423f0d00d0d.txt', 'RussiaUpdated', 'residue-glued-words'],
  ['003_e49dd423f0d00d0d.txt', 'The remarks were the strongest signal yet', 'duplicate-paragraph'],
  ['004_8ad4ca1554fad83e.txt', 'Skip to content', 'residue-navigation'],
  ['004_8ad4ca1554fad83e.txt', 'Skip to main menu', 'residue-navigation'],
  ['004_8ad4ca1554fad83e.txt', 'Skip to more DW sites', 'residue-navigation'],
  ['004_8ad4ca1554fad83e.txt', 'Read more:', 'residue-read-more'],
  ['004_8ad4ca1554fad83e.txt', 'Image: picture-alliance/AP/D. Lovetsky', 'residue-photo-credit'],
  ['001_ffcef741cb91c7d5.txt', 'Protestant', 'mistranslation-false-friend'],
  ['001_ffcef741cb91c7d5.txt', 'in state administration', 'mistranslation-false-friend'],
  ['001_ffcef741cb91c7d5.txt', 'on commission', 'mistranslation-false-friend'],
  ['001_ffcef741cb91c7d5.txt', 'Lukashenko, 26,', 'number-apposition'],
  ['001_ffcef741cb91c7d5.txt', 'circulating over its head', 'pronoun-animacy'],
  ['001_ffcef741cb91c7d5.txt', 'as it called', 'pronoun-animacy'],
  ['001_ffcef741cb91c7d5.txt', 'its security forces', 'pronoun-animacy'],
  ['001_ffcef741cb91c7d5.txt', 'it only thing', 'garbled-missing-determiner'],
  ['001_ffcef741cb91c7d5.txt', 'it stays backwards', 'garbled-doubled-subject'],
  ['000_47d23a9095cc180e.txt', 'said is he will', 'garbled-inverted-verb']
]

describe('seeds', () => {
  it('the seed files are the shared ones', () => {
    expect([...lintedSeeds().keys()]).toEqual([...new Set(gold.flag.map((span) => span.file))].sort())
  })

  it.each(gold.clean.map((span) => [span.file, span.quote, span] as const))('leaves clean text alone: %s %s', (_file, _quote, span) => {
    expect(hits(span).map((message) => `${message.ruleId}: ${message.reason}`)).toEqual([])
  })

  it.each(caught)('catches %s %j with %s', (file, quote, ruleId) => {
    const spans = gold.flag.filter((span) => span.file === file && span.quote.startsWith(quote))
    expect(spans.length).toBeGreaterThan(0)
    for (const span of spans) expect(hits(span).map((message) => message.ruleId)).toContain(ruleId)
  })
})
