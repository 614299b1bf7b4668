// Positions point into the original source whatever the format, and the
// parser's blocks are the ones rules rely on.
import {describe, expect, it} from 'vitest'
import type {Format} from '../src/format.js'
import type {Node} from 'nlcst'
import {lint} from '../src/index.js'
import {parse} from '../src/parse.js'
import {textBlocks} from '../src/text-blocks.js'

// What a message at the `occurrence`-th `quote` of `value` looks like in flags().
function at(value: string, ruleId: string, quote: string, occurrence = 0): string {
  let offset = -1
  for (let n = 0; n <= occurrence; n++) offset = value.indexOf(quote, offset + 1)
  return `${ruleId}@${offset}:${quote}`
}

// Each message as "ruleId@offset:text at its range in the source".
function flags(value: string, format: Format, rules?: Record<string, 'off'>) {
  return lint({value, format}, rules ? {rules} : undefined).messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined
    return `${message.ruleId}@${place?.start.offset}:${value.slice(place?.start.offset, place?.end.offset)}`
  })
}

describe('positions', () => {
  it('survive a BOM, CRLF line endings and no-break spaces in plain text', () => {
    const value = '\uFEFFThe the line.\r\nA\u00A0second  line .\r\n'
    expect(flags(value, 'text')).toEqual([
      at(value, 'duplicate-word', 'The the'),
      at(value, 'typography-double-space', '  '),
      at(value, 'typography-space-before-punctuation', ' .')
    ])
  })

  it('report line and column of the original file with CRLF', () => {
    const [message] = lint({value: 'First line.\r\nSecond the the line.', format: 'text'}).messages
    expect(message.place).toMatchObject({start: {line: 2, column: 8, offset: 20}, end: {line: 2, column: 15, offset: 27}})
  })

  it('skip the Markdown markup of quotes, lists, escapes, emphasis and code', () => {
    const value = '> He said the the\n> word was the the end.\n\n* one *the* the\n  two the the\n\n`the the` and \\* the the.\n\n```\nthe the\n```\n'
    expect(flags(value, 'markdown')).toEqual([
      at(value, 'duplicate-word', 'the the', 0),
      at(value, 'duplicate-word', 'the the', 1),
      at(value, 'duplicate-word', 'the* the'),
      at(value, 'duplicate-word', 'the the', 2),
      at(value, 'duplicate-word', 'the the', 4)
    ])
  })

  it('treat a bare URL in Markdown as source, not prose', () => {
    expect(flags('Visit https://example.com/the the site.', 'markdown')).toEqual([])
  })

  it('skip HTML markup, entities, scripts and styles', () => {
    const value = '<p>Tom &amp; Jerry said the the word .</p><script>the the</script><p>Caf&eacute; is the the place</p>'
    expect(flags(value, 'html')).toEqual([
      at(value, 'duplicate-word', 'the the', 0),
      at(value, 'typography-space-before-punctuation', ' .'),
      at(value, 'duplicate-word', 'the the', 2)
    ])
  })
})

describe('plain-text blocks', () => {
  const blocks = (value: string) => textBlocks(value).map((span) => value.slice(span.start, span.end))

  it('are lines in scraped text, where a caption title sits above its caption', () => {
    expect(blocks('Police detain a man\nPolice detained a man in the centre of the city on Sunday, witnesses said, as crowds gathered.\n\nNext.')).toEqual([
      'Police detain a man',
      'Police detained a man in the centre of the city on Sunday, witnesses said, as crowds gathered.',
      'Next.'
    ])
  })

  it('are whole paragraphs in hard-wrapped text', () => {
    const wrapped = 'The president said on Thursday that he was ready\nto send a reserve force of police to the country if\nthe situation got out of control.\n\nSecond paragraph.'
    expect(blocks(wrapped)).toEqual([wrapped.split('\n\n')[0], 'Second paragraph.'])
  })
})

describe('sections', () => {
  // Every leaf as "offset:value", in document order, from all sections.
  const leaves = (value: string, format: Format, sectionSize?: number) => {
    const out: string[][] = []
    const walk = (node: Node, into: string[]): void => {
      if ('children' in node) for (const child of node.children as Node[]) walk(child, into)
      else into.push(`${node.position?.start.offset}:${(node as {value?: string}).value}`)
    }
    for (const section of parse(value, format, sectionSize).sections) {
      const into: string[] = []
      for (const child of section.children) walk(child, into)
      out.push(into)
    }
    return out
  }
  const documents: Array<[Format, string]> = [
    ['text', 'First line.\nSecond line, a little longer.\n\nThird \\! line.\n'],
    ['markdown', '# Title\n\n> Quoted \\* text\n> goes on.\n\n* item one\n  item two\n\nLast &amp; line.\n'],
    ['html', '<h1>Title</h1>\n<p>One &amp; two.</p>\n<p>Three\nfour.</p>\n']
  ]

  it.each(documents)('hold whole paragraphs, at the same places as the document parsed whole (%s)', (format, value) => {
    const whole = leaves(value, format)
    const split = leaves(value, format, 1)
    expect(whole).toHaveLength(1)
    expect(split.length).toBeGreaterThan(2)
    expect(split.flat()).toEqual(whole[0])
  })

  it('are one empty section for an empty document', () => {
    expect(leaves('', 'text', 1)).toEqual([[]])
  })
})

describe('inline control', () => {
  const value = 'One the the.\n\n<!-- lint-news-disable-next-line duplicate-word -->\nTwo the the.\n\n<!-- lint-news-disable -->\nThree the the .\n\n<!-- lint-news-enable typography-space-before-punctuation -->\nFour the the .\n\n<!-- lint-news-enable -->\nFive the the.\n'

  it('silences the next line, a range, and single rules in Markdown', () => {
    expect(flags(value, 'markdown')).toEqual([
      at(value, 'duplicate-word', 'the the'),
      at(value, 'typography-space-before-punctuation', ' .', 1),
      at(value, 'duplicate-word', 'the the', 4)
    ])
  })

  it('works the same in HTML', () => {
    const html = value
      .split('\n\n')
      .map((part) => (part.startsWith('<!--') ? part.replace('\n', '\n<p>') + '</p>' : `<p>${part}</p>`))
      .join('\n')
    expect(flags(html, 'html').map((flag) => flag.split('@')[0])).toEqual(['duplicate-word', 'typography-space-before-punctuation', 'duplicate-word'])
  })

  it('is not read in plain text, which has no comments', () => {
    expect(flags(value, 'text').filter((flag) => flag.startsWith('duplicate-word'))).toHaveLength(5)
  })
})
