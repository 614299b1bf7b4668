// The CLI's inputs: files, directories, globs, stdin, and every kind of bad input.
import {readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, parseJson, project, repeated} from './helpers/cli.js'

describe('paths, directories and globs', () => {
  it('walks directories for supported extensions, skipping node_modules and dot-directories', async () => {
    const cwd = project({
      'docs/a.txt': repeated,
      'docs/deep/b.md': repeated,
      'docs/c.html': `<p>${repeated}</p>`,
      'docs/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]),
      'docs/node_modules/x.txt': repeated,
      'docs/.git/y.txt': repeated,
      'docs/.drafts/z.txt': repeated
    })
    const {code, stdout, stderr} = await cli(['-f', 'json', 'docs'], {cwd})
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(parseJson(stdout).map((file) => file.path)).toEqual(['docs/a.txt', 'docs/c.html', 'docs/deep/b.md'])
  })

  it('walks a dot-directory named outright', async () => {
    const cwd = project({'.drafts/z.txt': repeated})
    expect(parseJson((await cli(['-f', 'json', '.drafts'], {cwd})).stdout).map((file) => file.path)).toEqual(['.drafts/z.txt'])
  })

  it('expands globs and lints each file once', async () => {
    const cwd = project({'a.txt': repeated, 'b.md': repeated, 'sub/c.txt': repeated})
    const {stdout} = await cli(['-f', 'json', '**/*.txt', 'a.txt', '*.md'], {cwd})
    expect(parseJson(stdout).map((file) => file.path)).toEqual(['a.txt', 'sub/c.txt', 'b.md'])
  })

  it('lints an explicit file whatever its extension, as plain text', async () => {
    const cwd = project({'NOTES': repeated})
    const report = parseJson((await cli(['-f', 'json', 'NOTES'], {cwd})).stdout)
    expect(report[0].messages.some((message) => message.ruleId === 'duplicate-word')).toBe(true)
  })
})

describe('bad input: one line each, exit 2, the other files still linted', () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['binary.txt', Buffer.from('abc\u0000def'), /^lint-news: binary\.txt: binary file \(NUL byte at offset 3\)/],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), /^lint-news: latin1\.txt: invalid UTF-8/],
    ['utf16.txt', Buffer.from('\ufeffThe cat.', 'utf16le'), /^lint-news: utf16\.txt: binary file/]
  ]
  for (const [name, content, pattern] of cases) {
    it(name, async () => {
      const cwd = project({[name]: content, 'good.txt': repeated})
      const {code, stdout, stderr} = await cli(['-f', 'json', name, 'good.txt'], {cwd})
      expect(code).toBe(2)
      expect(stderr.split('\n').filter(Boolean)).toHaveLength(1)
      expect(stderr).toMatch(pattern)
      expect(parseJson(stdout).map((file) => file.path)).toEqual(['good.txt'])
    })
  }

  it('a missing file, a glob and a directory that match nothing', async () => {
    const cwd = project({'good.txt': repeated, 'empty/.keep': '', 'pics/a.png': 'x'})
    const {code, stdout, stderr} = await cli(['-f', 'json', 'missing.txt', 'nothing/*.md', 'empty', 'pics', 'good.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe(
      [
        'lint-news: missing.txt: no such file or directory',
        'lint-news: nothing/*.md: no files match this pattern',
        'lint-news: empty: directory is empty',
        'lint-news: pics: no files with a supported extension (.txt, .text, .md, .markdown, .html, .htm)',
        ''
      ].join('\n')
    )
    expect(parseJson(stdout).map((file) => file.path)).toEqual(['good.txt'])
  })

  it('a file over the size limit is never read', async () => {
    const cwd = project({'big.txt': 'word '.repeat(100), 'good.txt': repeated})
    const {code, stdout, stderr} = await cli(['-f', 'json', '--max-file-size', '100', 'big.txt', 'good.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe('lint-news: big.txt: file is 500 bytes, over the limit of 100 bytes (--max-file-size or maxFileSize)\n')
    expect(parseJson(stdout).map((file) => file.path)).toEqual(['good.txt'])
  })

  it('input errors win over lint errors for the exit code', async () => {
    const cwd = project({'good.txt': repeated})
    expect((await cli(['--rule', 'duplicate-word=error', 'missing.txt', 'good.txt'], {cwd})).code).toBe(2)
  })
})

describe('positions stay exact', () => {
  it('with a BOM, CRLF line endings and non-breaking spaces', async () => {
    const text = '\ufeffThe the cat.\r\nSecond\u00a0line and and more.\r\n'
    const cwd = project({'a.txt': text})
    const messages = parseJson((await cli(['-f', 'json', 'a.txt'], {cwd})).stdout)[0].messages.filter((message) => message.ruleId === 'duplicate-word')
    expect(messages.map((message) => message.place)).toEqual([
      {start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 9, offset: 8}},
      {start: {line: 2, column: 13, offset: 27}, end: {line: 2, column: 20, offset: 34}}
    ])
    for (const message of messages) {
      expect(text.slice(message.place.start.offset, message.place.end.offset)).toBe(message.actual)
    }
  })

  it('never writes to a linted file', async () => {
    const cwd = project({'a.txt': repeated})
    const path = join(cwd, 'a.txt')
    const before = statSync(path).mtimeMs
    for (const format of ['stylish', 'json', 'sarif', 'github']) await cli(['-f', format, 'a.txt'], {cwd})
    expect(statSync(path).mtimeMs).toBe(before)
    expect(readFileSync(path, 'utf8')).toBe(repeated)
  })
})

describe('stdin', () => {
  it('is read when no path is given', async () => {
    const {code, stdout} = await cli(['-f', 'json'], {stdin: repeated})
    expect(code).toBe(0)
    const [file] = parseJson(stdout)
    expect(file.path).toBeUndefined()
    expect(file.messages.some((message) => message.ruleId === 'duplicate-word')).toBe(true)
  })

  it('is read for "-" beside files, once', async () => {
    const cwd = project({'a.txt': repeated})
    const {stdout} = await cli(['-f', 'json', 'a.txt', '-', '-'], {cwd, stdin: repeated})
    expect(parseJson(stdout).map((file) => file.path)).toEqual(['a.txt', undefined])
  })

  it('--stdin-filename picks the format and the name in reports', async () => {
    // In Markdown `<!-- the the -->` is a comment, not prose; in plain text it is prose.
    const input = '# Title\n\n<!-- the the -->\n\nA cat sat.\n'
    const markdown = parseJson((await cli(['-f', 'json', '--stdin-filename', 'x.md'], {stdin: input})).stdout)[0]
    expect(markdown.path).toBe('x.md')
    expect(markdown.messages.filter((message) => message.ruleId === 'duplicate-word')).toEqual([])
    const text = parseJson((await cli(['-f', 'json', '--stdin-filename', 'x.txt'], {stdin: input})).stdout)[0]
    expect(text.messages.filter((message) => message.ruleId === 'duplicate-word')).toHaveLength(1)
    const github = await cli(['-f', 'github', '--stdin-filename', 'notes/x.md'], {stdin: 'The the cat.\n'})
    expect(github.stdout).toMatch(/^::warning file=notes\/x\.md,line=1,/)
  })

  it('checks size, binary and UTF-8 like files', async () => {
    expect((await cli(['--max-file-size', '4'], {stdin: repeated})).stderr).toBe(
      'lint-news: <stdin>: file is at least 17 bytes, over the limit of 4 bytes (--max-file-size or maxFileSize)\n'
    )
    const binary = await cli(['--stdin-filename', 'x.txt'], {stdin: Buffer.from('a\u0000b')})
    expect(binary.code).toBe(2)
    expect(binary.stderr).toMatch(/^lint-news: x\.txt: binary file/)
    expect((await cli([], {stdin: Buffer.from([0xff, 0xfe, 0x41])})).stderr).toMatch(/^lint-news: <stdin>: invalid UTF-8/)
  })
})
