// Spelling: cold start of a process that lints one story with the spelling
// rules, warm cost per 1,000 words, and the slowest single suggestion.
import {execFileSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Row} from '../bench.js'
import {lint} from '../../src/index.js'
import type {ConfigInput} from '../../src/config.js'
import {rules} from '../../rules/index.js'
import {getLexicon, GB, US} from '../../rules/spelling/lexicon.js'
import {prepareSuggestions, suggestWord} from '../../rules/spelling/suggest.js'

const spellingRules = ['spelling-unknown-word', 'consistency-spelling', 'dialect-mix']
const config: ConfigInput = {rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, spellingRules.includes(rule.meta.id) ? 'warn' : 'off']))}
const seedsDir = new URL('../../../seeds/', import.meta.url)

export default async function (): Promise<Row[]> {
  const seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, seedsDir), 'utf8'))
  const seed = seeds[0]

  // Before any lint in this process builds it.
  const lexicon = getLexicon()
  let start = performance.now()
  prepareSuggestions(lexicon)
  const index = performance.now() - start

  // A fresh process with every rule on: import, load the dictionaries (from the cache after the first run), lint one story.
  const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url))
  const script = `const {lint} = await import(${JSON.stringify(entry)}); lint({value: process.argv[1]})`
  const cold: number[] = []
  for (let run = 0; run < 5; run++) {
    const start = performance.now()
    execFileSync(process.execPath, ['--input-type=module', '-e', script, seed])
    cold.push((performance.now() - start) / 1000)
  }

  // Warm: every seed, many times, per 1,000 words.
  const words = seeds.reduce((sum, text) => sum + text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length, 0)
  for (const text of seeds) lint({value: text}, config)
  const rounds = 20
  start = performance.now()
  for (let round = 0; round < rounds; round++) for (const text of seeds) lint({value: text}, config)
  const withSpelling = (performance.now() - start) / rounds
  const none: ConfigInput = {rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off']))}
  start = performance.now()
  for (let round = 0; round < rounds; round++) for (const text of seeds) lint({value: text}, none)
  const parseOnly = (performance.now() - start) / rounds

  // Suggestions: the misspelling fixture and some long non-words, after a first call builds the index.
  const fixture = readFileSync(new URL('../../../test/fixtures/misspellings.tsv', import.meta.url), 'utf8')
  const misspellings = fixture.split('\n').filter((line) => line && !line.startsWith('#')).slice(1).map((line) => line.split('\t')[0])
  const hard = ['internationalisationn', 'counterrevolutionarys', 'xqzvbnmlkj', 'aaaaaaaaaa', 'teh', 'responsibilty', 'electrocardiogramm']
  let worst = 0
  let worstWord = ''
  for (const word of [...misspellings, ...hard]) {
    for (const bits of [US, GB, US | GB]) {
      const begin = performance.now()
      suggestWord(lexicon, bits, word)
      const took = performance.now() - begin
      if (took > worst) [worst, worstWord] = [took, word]
    }
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  return [
    {name: 'cold start: process linting one story, all rules (median of 5)', value: median(cold), unit: 's', target: '≤ 0.6 s', ok: median(cold) <= 0.6},
    {name: 'warm: lint per 1,000 words, spelling rules only', value: (withSpelling / words) * 1000, unit: 'ms', target: '≤ 10 ms', ok: (withSpelling / words) * 1000 <= 10},
    {name: 'warm: of which spelling (minus parse) per 1,000 words', value: ((withSpelling - parseOnly) / words) * 1000, unit: 'ms'},
    {name: 'suggestion index, built once per process', value: index, unit: 'ms'},
    {name: `worst single suggestion (${worstWord})`, value: worst, unit: 'ms', target: '≤ 20 ms', ok: worst <= 20}
  ]
}
