// One unified processor per distinct config, built once and reused for every
// document: building it runs each rule's create(), which may load data.
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {rules} from '../rules/index.js'
import type {Config} from './config.js'
import type {Scope} from './rule.js'

type RetextProcessor = Processor<Root, Root, Root, undefined, undefined>

// Editors change settings now and then; a handful of processors covers that.
const maxCached = 8
const processors = new Map<string, RetextProcessor>()

export function processorFor(config: Config): RetextProcessor {
  const key = JSON.stringify(config)
  let processor = processors.get(key)
  if (processor) return processor
  processor = build(config)
  if (processors.size >= maxCached) processors.delete(processors.keys().next().value!)
  processors.set(key, processor)
  return processor
}

/** `block` when every rule that `config` turns on judges each block by itself alone. */
export function scopeOf(config: Config): Scope {
  const document = rules.some((rule) => rule.meta.scope === 'document' && (config.rules[rule.meta.id]?.severity ?? 'off') !== 'off')
  return document ? 'document' : 'block'
}

function build(config: Config): RetextProcessor {
  const shared = {dialect: config.dialect, vocabulary: config.vocabulary}
  let processor = unified().use(retextEnglish) as unknown as RetextProcessor
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id]
    if (!setting || setting.severity === 'off') continue
    processor = processor.use(rule.plugin, {severity: setting.severity, options: setting.options, shared}) as RetextProcessor
  }
  return processor.freeze()
}
