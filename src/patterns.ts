// Small helpers for rules that match patterns on block text.
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

/** Source range of the whole match, or of capture group `group` (needs the d flag). */
export function matchRange(block: Block, match: RegExpExecArray, group = 0): {start: number; end: number} {
  if (group === 0) return block.range(match.index, match.index + match[0].length)
  const indices = match.indices?.[group]
  if (!indices) throw new Error('matchRange with a group needs the d flag and a matched group')
  return block.range(indices[0], indices[1])
}
