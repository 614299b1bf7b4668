// Config: rule defaults → config file → flags or editor settings, resolved into
// one checked Config. Pure: reading config files from disk is config-file.ts.
import {closest, distance} from 'fastest-levenshtein'
import type {Options, OptionSpec, Rule, Setting} from './rule.js'
import {defaultOptions} from './rule.js'
import {rules as registry} from '../rules/index.js'

export type Dialect = 'en-US' | 'en-GB' | 'auto'
export const dialects: readonly Dialect[] = ['en-US', 'en-GB', 'auto']

/** A rule's entry in a config file: `"warn"`, or `["warn", {options}]`. */
export type RuleEntry = Setting | [Setting] | [Setting, Options]

/** Config as written by a user (file, flags, editor settings). Every key is optional. */
export interface ConfigInput {
  rules?: Record<string, RuleEntry>
  /** House spelling dialect, for spelling and dialect-mix. */
  dialect?: Dialect
  /** Largest file the CLI reads, in bytes. */
  maxFileSize?: number
  /** Project vocabulary: words to accept and words to flag. */
  vocabulary?: {accept?: string[]; reject?: string[]}
}

export interface ResolvedRule {
  severity: Setting
  options: Record<string, unknown>
}

/** Settings every rule can read, beside its own options. */
export interface Shared {
  dialect: Dialect
  vocabulary: {accept: readonly string[]; reject: readonly string[]}
}

export interface Config extends Shared {
  /** Marks a config that went through resolveConfig(). */
  resolved: true
  rules: Record<string, ResolvedRule>
  maxFileSize: number
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const topLevelKeys = ['rules', 'dialect', 'maxFileSize', 'vocabulary']
const settings: readonly Setting[] = ['off', 'warn', 'error']

export const ruleById: ReadonlyMap<string, Rule> = new Map(registry.map((rule) => [rule.meta.id, rule]))

export function defaultConfig(): Config {
  const rules: Record<string, ResolvedRule> = {}
  for (const rule of registry) rules[rule.meta.id] = {severity: rule.meta.severity, options: defaultOptions(rule.meta)}
  return {resolved: true, rules, dialect: 'auto', maxFileSize: 20 * 1024 * 1024, vocabulary: {accept: [], reject: []}}
}

/**
 * Lay `layers` over the defaults, later layers winning, checking every key.
 * `where` names the source in error messages (a file path, "--rule").
 */
export function resolveConfig(...layers: Array<{input: ConfigInput; where?: string}>): Config {
  const config = defaultConfig()
  for (const {input, where} of layers) apply(config, input, where ?? 'config')
  return config
}

function apply(config: Config, input: ConfigInput, where: string): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) fail(where, '', 'must be an object')
  for (const key of Object.keys(input)) {
    if (!topLevelKeys.includes(key)) fail(where, key, 'unknown setting' + didYouMean(key, topLevelKeys))
  }
  if (input.dialect !== undefined) {
    if (!dialects.includes(input.dialect)) fail(where, 'dialect', `must be one of ${dialects.join(', ')}`)
    config.dialect = input.dialect
  }
  if (input.maxFileSize !== undefined) {
    if (typeof input.maxFileSize !== 'number' || !(input.maxFileSize > 0)) fail(where, 'maxFileSize', 'must be a positive number of bytes')
    config.maxFileSize = input.maxFileSize
  }
  if (input.vocabulary !== undefined) {
    const {accept = [], reject = []} = input.vocabulary
    if (!isStringArray(accept)) fail(where, 'vocabulary.accept', 'must be a list of words')
    if (!isStringArray(reject)) fail(where, 'vocabulary.reject', 'must be a list of words')
    config.vocabulary = {accept: [...config.vocabulary.accept, ...accept], reject: [...config.vocabulary.reject, ...reject]}
  }
  if (input.rules !== undefined) {
    if (typeof input.rules !== 'object' || input.rules === null || Array.isArray(input.rules)) fail(where, 'rules', 'must be an object')
    for (const [id, entry] of Object.entries(input.rules)) applyRule(config, id, entry, where)
  }
}

function applyRule(config: Config, id: string, entry: RuleEntry, where: string): void {
  const rule = ruleById.get(id)
  const key = `rules.${id}`
  if (!rule) fail(where, key, 'unknown rule' + didYouMean(id, [...ruleById.keys()]))
  const [setting, options] = Array.isArray(entry) ? entry : [entry, undefined]
  if (!settings.includes(setting)) fail(where, key, `severity must be off, warn or error, not ${JSON.stringify(setting)}`)
  const resolved = config.rules[id]
  resolved.severity = setting
  if (options === undefined) return
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(where, key, 'options must be an object')
  const specs = rule.meta.options ?? {}
  for (const [name, value] of Object.entries(options)) {
    const spec = specs[name]
    if (!spec) fail(where, `${key}.${name}`, 'unknown option' + didYouMean(name, Object.keys(specs)))
    const problem = checkOption(spec, value)
    if (problem) fail(where, `${key}.${name}`, problem)
    resolved.options = {...resolved.options, [name]: value}
  }
}

function checkOption(spec: OptionSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'number':
      if (typeof value !== 'number' || Number.isNaN(value)) return 'must be a number'
      if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}`
      if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}`
      return undefined
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false'
    case 'string':
      if (typeof value !== 'string') return 'must be a string'
      if (spec.values && !spec.values.includes(value)) return `must be one of ${spec.values.join(', ')}`
      return undefined
    case 'string[]':
      return isStringArray(value) ? undefined : 'must be a list of strings'
  }
}

/** Parse one `--rule id=severity` flag into a config layer. */
export function ruleFlag(flag: string): ConfigInput {
  const match = /^([^=]+)=(.*)$/.exec(flag)
  if (!match) throw new ConfigError(`--rule ${flag}: expected id=off|warn|error`)
  return {rules: {[match[1].trim()]: match[2].trim() as Setting}}
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

export function didYouMean(name: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return ''
  const best = closest(name, candidates as string[])
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? `; did you mean "${best}"?` : ''
}

function fail(where: string, key: string, problem: string): never {
  throw new ConfigError(key ? `${where}: "${key}": ${problem}` : `${where}: ${problem}`)
}
