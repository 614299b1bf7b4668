// The package's programmatic API: `import {lint} from 'lint-news'`, ready
// for every format.
import {loadFormats} from './lint.js'

await loadFormats()

export {lint, loadFormats, type LintInput} from './lint.js'
export {resolveConfig, defaultConfig, ConfigError, type Config, type ConfigInput, type Dialect} from './config.js'
export {formatOf, type Format} from './format.js'
export {rules} from '../rules/index.js'
export type {Rule, RuleMeta, Severity, Setting} from './rule.js'
export {ConfigLoader, readList, configFileName, vocabularyDir} from './config-file.js'
