// Edit distances for near misses and suggestions. `editDistance` counts
// insertions, deletions, substitutions and swaps of two neighbours as one edit
// each (optimal string alignment). `typoCost` weighs the same edits by how
// people slip: a doubled or undoubled letter, a swapped pair and one vowel for
// another cost less than an arbitrary letter.

/** Optimal string alignment distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  return align(a, b, limit, false)
}

/** Like `editDistance`, with the edits typists make most often costing less. */
export function typoCost(a: string, b: string, limit = 2): number {
  return align(a, b, limit, true)
}

const vowels = new Set('aeiouy')

// Three rows of the alignment table, reused across calls: suggestions align
// hundreds of words each, and fresh arrays would keep the collector busy.
let rows = [new Float64Array(32), new Float64Array(32), new Float64Array(32)]

function align(a: string, b: string, limit: number, weighted: boolean): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const width = b.length + 1
  if (rows[0].length < width) rows = [new Float64Array(width), new Float64Array(width), new Float64Array(width)]
  let [before, previous, current] = rows
  for (let j = 0; j < width; j++) previous[j] = j
  // A swap jumps a row, so give up only when two rows in a row exceed the limit.
  let previousBest = 0
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let best = i
    const x = a[i - 1]
    const deleteX = weighted && (x === a[i - 2] || x === a[i]) ? 0.5 : 1
    for (let j = 1; j < width; j++) {
      const y = b[j - 1]
      const change = x === y ? 0 : weighted && vowels.has(x) && vowels.has(y) ? 0.7 : 1
      const insertY = weighted && (y === b[j - 2] || y === b[j]) ? 0.5 : 1
      let cost = Math.min(previous[j - 1] + change, previous[j] + deleteX, current[j - 1] + insertY)
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y && x !== y) cost = Math.min(cost, before[j - 2] + (weighted ? 0.6 : 1))
      current[j] = cost
      if (cost < best) best = cost
    }
    if (best > limit && previousBest > limit) return limit + 1
    previousBest = best
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[width - 1] > limit ? limit + 1 : previous[width - 1]
}
