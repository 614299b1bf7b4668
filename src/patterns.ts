// A helper for rules that match patterns on block text.
import type {Block} from './document.js'

/** Every match of a global pattern in a block's text. */
export function* matchAll(block: Block, pattern: RegExp): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error(`pattern ${pattern} needs the g flag`)
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(block.text))) {
    yield match
    if (match[0].length === 0) pattern.lastIndex++
  }
}
