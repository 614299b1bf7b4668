// The spelling family beyond each rule's own examples: the dictionary table
// agrees with nspell, house dialects, project vocabularies, and the dialect
// and consistency checks on whole stories.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import nspell from 'nspell'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import type {ConfigInput} from '../src/config.js'
import {rules} from '../rules/index.js'
import {formOf, getLexicon, GB, US} from '../rules/spelling/lexicon.js'
import {dialectSpelling} from '../rules/spelling/dialect.js'

const require = createRequire(import.meta.url)
const checker = (name: string) => {
  const directory = dirname(require.resolve(name))
  return nspell({aff: readFileSync(join(directory, 'index.aff')), dic: readFileSync(join(directory, 'index.dic'))})
}

const spellingRules = ['spelling-unknown-word', 'consistency-spelling', 'dialect-mix']
const only = (extra: ConfigInput = {}): ConfigInput => ({
  ...extra,
  rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, spellingRules.includes(rule.meta.id) ? 'warn' : 'off']))
})
const flags = (value: string, extra?: ConfigInput) => lint({value}, only(extra)).messages.map((message) => `${message.ruleId} ${message.actual} → ${message.expected?.join(', ') ?? ''}`.trim())

describe('dictionary table', () => {
  it('answers as nspell does, per dialect', () => {
    const lexicon = getLexicon()
    const us = checker('dictionary-en')
    const gb = checker('dictionary-en-gb')
    const sample = ['colour', 'color', 'Colour', 'COLOUR', 'organise', 'Organize', 'paris', 'Paris', 'PARIS', "don't", "Putin's", 'Putin', 'putin', 'recieve', 'NATO', 'Nato', 'centre', 'center', 'iPhone', 'Fulfill', 'fulfil', 'THE', 'The', 'tHe']
    for (const word of sample) {
      expect([word, formOf(lexicon, word, US) !== undefined], 'en-US').toEqual([word, us.correct(word)])
      expect([word, formOf(lexicon, word, GB) !== undefined], 'en-GB').toEqual([word, gb.correct(word)])
    }
  })

  it('pairs American and British spellings', () => {
    const lexicon = getLexicon()
    expect(dialectSpelling(lexicon, 'fulfill')).toEqual({variety: 'en-US', counterpart: 'fulfil'})
    expect(dialectSpelling(lexicon, 'neighbouring')).toEqual({variety: 'en-GB', counterpart: 'neighboring'})
    expect(dialectSpelling(lexicon, 'manoeuvre')).toEqual({variety: 'en-GB', counterpart: 'maneuver'})
    expect(dialectSpelling(lexicon, 'organise')).toEqual({variety: 'en-GB', counterpart: 'organize'})
    expect(dialectSpelling(lexicon, 'organize')).toBeUndefined()
    expect(dialectSpelling(lexicon, 'amongst')).toBeUndefined()
    expect(dialectSpelling(lexicon, 'program')).toBeUndefined()
  })
})

describe('house dialect', () => {
  const british = 'The council will organise a review of the harbour defences.'
  it('under auto, a story in one dialect is clean', () => {
    expect(flags(british)).toEqual([])
    expect(flags('The council will organize a review of the harbor defenses.')).toEqual([])
  })

  it('a fixed dialect flags every spelling of the other', () => {
    expect(flags(british, {dialect: 'en-US'})).toEqual(['dialect-mix organise → organize', 'dialect-mix harbour → harbor', 'dialect-mix defences → defenses'])
    expect(flags(british, {dialect: 'en-GB'})).toEqual([])
    expect(flags('The council will organize a review of the harbor defenses.', {dialect: 'en-GB'})).toEqual(['dialect-mix harbor → harbour', 'dialect-mix defenses → defences'])
  })

  it('a tie under auto flags nothing', () => {
    expect(flags('The colour of the flag and the center of the town.')).toEqual([])
  })

  it('suggests in the story\'s dialect', () => {
    expect(flags('The colour of the harbour was changing, and the defence ministry was concious of it.')).toEqual(['spelling-unknown-word concious → conscious'])
  })
})

describe('project vocabulary', () => {
  it('accepts listed words, plain or as patterns', () => {
    expect(flags('The zorblax and the Quuxcorp board met.')).toEqual(['spelling-unknown-word zorblax →'])
    expect(flags('The zorblax and the Quuxcorp board met.', {vocabulary: {accept: ['zorblax']}})).toEqual([])
    expect(flags('The Zorblaxes met.', {vocabulary: {accept: ['[Zz]orblax(es)?']}})).toEqual([])
  })

  it('always flags rejected words, even dictionary ones', () => {
    expect(flags('The utilise clause was dropped.', {vocabulary: {reject: ['utilise']}})).toEqual(['spelling-unknown-word utilise →'])
  })
})

describe('names', () => {
  it('takes unknown capitalised words for names', () => {
    expect(flags('Ms Okonjo-Iweala met Mr Sikorski and Ms Kallas in Tallinn.')).toEqual([])
  })

  it('leaves surnames alone at the start of a sentence, even one letter from a word', () => {
    const surnames = 'Nauseda Kallas Sikorski Morawiecki Stoltenberg Lavrov Kuleba Peskov Shmyhal Haniyeh Khamenei Blinken Kishida Bukele Milei Hochul Maduro Rasoulof Karimi Nazari Manole Iohannis Silina Stubb Loureiro Brandt Tuttle Wardle Hegseth Vance Rubio Witkoff Lammy Reeves Badenoch Farage Sturgeon Swinney Gething Takaichi Marcos Prabowo Anwar Shehbaz Kejriwal Yunus Hasina Dissanayake Tshisekedi Museveni Mnangagwa Hichilema Tebboune Saied Dbeibah Haftar Dagalo Hemedti Christodoulides Fico Babis Nawrocki Trzaskowski Mentzen Weidel Pistorius Wadephul Bayrou Lecornu Barnier Bardella Melenchon Feijoo Abascal Metsola Frederiksen Kristersson Orpo Plenkovic Vucic Kurti Dodik Schoof Wilders Timmermans Podolyak Arakhamia Umerov Herasymenko Habeck Lindner Kretschmer Chrupalla Wagenknecht Dobrindt Klingbeil Esken Miersch'.split(' ')
    const flagged = surnames.flatMap((name) => flags(`The talks ended late. ${name} said the deal was close.`))
    expect(flagged).toEqual([])
  })

  it('flags a slip in a name the story uses more often, and suggests only that name', () => {
    expect(flags('Mr Sikorski arrived. Sikorski spoke first. Later Sikroski left.')).toEqual(['spelling-unknown-word Sikroski → Sikorski'])
  })

  it('leaves two transliterations in different stories alone, and flags them in one', () => {
    expect(flags('Ms Tikhanovskaya spoke.')).toEqual([])
    expect(flags('Ms Tsikhanouskaya spoke.')).toEqual([])
    expect(flags('Ms Tsikhanouskaya spoke. Tsikhanouskaya and Tikhanovskaya are one person.')).toEqual(['consistency-spelling Tikhanovskaya → Tsikhanouskaya'])
  })
})
