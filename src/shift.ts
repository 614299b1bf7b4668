// Moving a subtree parsed from a slice of the source to the slice's place.
import type {Node} from 'nlcst'
import type {location} from 'vfile-location'

export type Location = ReturnType<typeof location>

/**
 * Move a subtree parsed from a slice to the slice's place in the document.
 * This runs for every token, so it allocates as little as it can: leaf
 * points are moved in place (parse-latin gives every leaf its own two point
 * objects), and each parent takes its first and last leaf's points. On the
 * slice's first line a point moves by the slice's column too.
 */
export function shift(node: Node, by: number, place: Location): void {
  const origin = place.toPoint(by)
  if (!origin) return
  const move = (point: {line: number; column: number; offset?: number}): void => {
    if (point.line === 1) point.column += origin.column - 1
    point.line += origin.line - 1
    point.offset = (point.offset ?? 0) + by
  }
  // The tree of a long document is most of lint-news' memory, so nodes share
  // point objects where they can: a leaf ends where the next begins, and a
  // parent of one child (a word of one text node) takes its position.
  let previous: {line: number; column: number; offset?: number} | undefined
  const walk = (current: Node): void => {
    if ('children' in current) {
      const children = current.children as Node[]
      for (const child of children) walk(child)
      const first = children[0]?.position
      const last = children.at(-1)?.position
      current.position = children.length === 1 ? first : first && last ? {start: first.start, end: last.end} : undefined
    } else if (current.position) {
      const {start, end} = current.position
      if (previous && previous.offset === (start.offset ?? 0) + by) current.position.start = previous
      else move(start)
      move(end)
      previous = end
    }
  }
  walk(node)
}
