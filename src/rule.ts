// The rule contract. A rule file exports one `defineRule({...})`: its metadata,
// its own examples (run by test/rules.test.ts), and `create`, which resolves the
// options once and returns the check that runs on every document.
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Shared} from './config.js'
import type {Document, Range} from './document.js'
import {documentFor} from './document.js'
import type {Format} from './format.js'
import {report, type ReportExtra} from './report.js'

export type Severity = 'error' | 'warn'
export type Setting = Severity | 'off'
export type Scope = 'block' | 'document'

export type Category =
  | 'typography'
  | 'duplicate'
  | 'residue'
  | 'mistranslation'
  | 'number'
  | 'pronoun'
  | 'grammar'
  | 'script'
  | 'spelling'
  | 'consistency'

/** One option of a rule, with its default; config values are checked against `type`. */
export type OptionSpec =
  | {type: 'number'; default: number; description: string; min?: number; max?: number}
  | {type: 'boolean'; default: boolean; description: string}
  | {type: 'string'; default: string; description: string; values?: readonly string[]}
  | {type: 'string[]'; default: readonly string[]; description: string}

export type Options = Readonly<Record<string, unknown>>

export interface RuleMeta {
  /** Equal to the file name: kebab-case `<family>-<what>`. Stable once published. */
  id: string
  category: Category
  /** Severity when the config says nothing. */
  severity: Setting
  /** One line, for the rule list and `--help`. */
  description: string
  /** Longer docs: why the rule exists, what it leaves alone. Markdown. */
  docs: string
  /** Whether messages carry `expected` replacements. */
  fixable: boolean
  /**
   * What the rule reads to judge a block. `block`: that block alone, so a
   * long document may be checked a section at a time and its tree dropped as
   * it goes (see lint()). `document`: other blocks too (repeats, story-wide
   * spellings, cues from the whole article).
   */
  scope: Scope
  options?: Readonly<Record<string, OptionSpec>>
}

export interface ExpectedMessage {
  /** The exact source text the message must cover. */
  quote: string
  /** Which occurrence of `quote` in the example (0-based); default 0. */
  occurrence?: number
  /** The exact suggestions, best first; omit when the rule offers none. */
  expected?: string[]
}

export interface ValidExample {
  text: string
  options?: Options
  /** Formats the example applies to; default all three. */
  formats?: readonly Format[]
}

export interface InvalidExample extends ValidExample {
  messages: ExpectedMessage[]
}

export interface Examples {
  /** Near misses: text the rule must leave alone. */
  valid: Array<string | ValidExample>
  /** Text the rule must flag, with every message it must give. */
  invalid: InvalidExample[]
}

export interface Context {
  readonly document: Document
  readonly file: VFile
  /** Report a problem at a source range. */
  report(range: Range, reason: string, extra?: ReportExtra): void
}

export type Check = (context: Context) => void

export interface RuleDefinition<O extends Options = Options> {
  meta: RuleMeta
  examples: Examples
  /** Called once per processor with the resolved options (defaults filled in) and shared settings. */
  create(options: O, shared: Shared): Check
}

export interface Rule extends RuleDefinition {
  /** The rule as a unified plugin: `processor.use(rule.plugin, {severity, options})`. */
  plugin: Plugin<[RuleSettings], Root>
}

export interface RuleSettings {
  severity: Severity
  options: Options
  shared: Shared
}

/** Where a rule's docs live; messages carry it as `url`. */
export const docsBase = 'https://github.com/lint-news/lint-news/blob/main/docs/rules.md#'

export function defineRule<O extends Options>(definition: RuleDefinition<O>): Rule {
  const rule = definition as unknown as RuleDefinition
  const plugin: Plugin<[RuleSettings], Root> = function (settings) {
    const check = rule.create({...defaultOptions(rule.meta), ...settings.options}, settings.shared)
    return (tree, file) => {
      const document = documentFor(tree, file)
      check({
        document,
        file,
        report: (range, reason, extra) => report(file, document, rule.meta, settings.severity, range, reason, extra)
      })
    }
  }
  return {...rule, plugin}
}

export function defaultOptions(meta: RuleMeta): Record<string, unknown> {
  const options: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(meta.options ?? {})) options[name] = spec.default
  return options
}
