// Splits plain text into blocks: the unit lint-news parses and rules reason about.
//
// Scraped news puts one paragraph on a line, and a caption's title on the line
// above the caption, so in plain text every line is a block. The exception is
// hard-wrapped prose (lines of even length broken mid-sentence): there a block
// is the whole run of lines up to a blank line.

export interface Span {
  start: number
  end: number
}

const minWrapped = 40
const maxWrapped = 100

export function textBlocks(source: string): Span[] {
  const blocks: Span[] = []
  let group: Span[] = []
  const flush = (): void => {
    if (group.length === 0) return
    if (isHardWrapped(source, group)) blocks.push({start: group[0].start, end: group.at(-1)!.end})
    else blocks.push(...group)
    group = []
  }
  for (const line of lines(source)) {
    const trimmed = trim(source, line)
    if (trimmed.start === trimmed.end) flush()
    else group.push(trimmed)
  }
  flush()
  return blocks
}

function* lines(source: string): Generator<Span> {
  let start = 0
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    yield {start, end: end > start && source[end - 1] === '\r' ? end - 1 : end}
    start = end + 1
  }
}

// Only ASCII and no-break spaces and tabs are trimmed; a BOM is left to the
// parser, which reads it as white space too.
function trim(source: string, span: Span): Span {
  let {start, end} = span
  while (start < end && /[\s\uFEFF]/.test(source[start])) start++
  while (end > start && /[\s\uFEFF]/.test(source[end - 1])) end--
  return {start, end}
}

function isHardWrapped(source: string, group: Span[]): boolean {
  if (group.length < 2) return false
  const body = group.slice(0, -1)
  const longest = Math.max(...body.map((line) => line.end - line.start))
  const last = group.at(-1)!
  if (last.end - last.start > longest + 2) return false
  let midSentence = 0
  for (const line of body) {
    const length = line.end - line.start
    if (length < minWrapped || length > maxWrapped) return false
    if (!/[.!?:"”’')\]]$/.test(source.slice(line.start, line.end))) midSentence++
  }
  return midSentence * 2 >= body.length
}
