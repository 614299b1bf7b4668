// A config with one rule on (with its options) and every other rule off: how
// tests look at a rule by itself.
import {rules} from '../../rules/index.js'
import type {Options, Rule} from '../../src/rule.js'

export const onlyRule = (rule: Rule, options: Options = {}) => ({
  rules: Object.fromEntries(rules.map((other) => [other.meta.id, other === rule ? (['warn', options] as const) : ('off' as const)]))
})
