// The CLI in-process: output formats, flags and exit codes.
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {escapeData, escapeProperty} from '../src/formatters/github.js'
import {cli, doubled, parseJson, project, repeated} from './helpers/cli.js'

const clean = 'The cat sat on the mat.\n'

describe('formats', () => {
  it('json: one entry per file, exact places, no ancestors', async () => {
    const cwd = project({'a.txt': repeated, 'b.txt': clean})
    const {code, stdout, stderr} = await cli(['--format', 'json', 'a.txt', 'b.txt'], {cwd})
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const report = parseJson(stdout)
    expect(report.map((file) => file.path)).toEqual(['a.txt', 'b.txt'])
    expect(report[0].cwd).toBe(cwd)
    const message = report[0].messages.find((item) => item.ruleId === 'duplicate-word')!
    expect(message).toMatchObject({
      fatal: false,
      line: 1,
      column: 1,
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 8, offset: 7}},
      actual: 'The the',
      expected: ['The'],
      source: 'lint-news',
      reason: expect.any(String),
      url: expect.stringContaining('duplicate-word')
    })
    expect('ancestors' in message).toBe(false)
    expect(report[1].messages).toEqual([])
  })

  it('sarif: a structurally valid 2.1.0 log with the rule registry', async () => {
    const cwd = project({'dir/my file.txt': doubled})
    const {code, stdout} = await cli(['-f', 'sarif', 'dir'], {cwd})
    expect(code).toBe(0)
    const log = JSON.parse(stdout)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-2\.1\.0/)
    expect(log.runs).toHaveLength(1)
    const [run] = log.runs
    expect(run.tool.driver.name).toBe('lint-news')
    expect(run.tool.driver.rules.map((rule: {id: string}) => rule.id)).toEqual(rules.map((rule) => rule.meta.id))
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toEqual(expect.any(String))
      expect(rule.helpUri).toMatch(/^https:\/\//)
      expect(['error', 'warning', 'note', 'none']).toContain(rule.defaultConfiguration.level)
    }
    const result = run.results.find((item: {ruleId: string}) => item.ruleId === 'typography-double-space')
    expect(result.level).toBe('warning')
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
    expect(result.message.text).toEqual(expect.any(String))
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'dir/my%20file.txt', uriBaseId: '%SRCROOT%'},
      region: {startLine: 1, startColumn: 6, endLine: 1, endColumn: 8}
    })
    expect(result.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: {startLine: 1, startColumn: 6, endLine: 1, endColumn: 8},
      insertedContent: {text: ' '}
    })
  })

  it('github: workflow commands with escaped data and properties', async () => {
    const cwd = project({'a,b:c.txt': repeated})
    const {stdout} = await cli(['-f', 'github', '--rule', 'duplicate-word=error', 'a,b:c.txt'], {cwd})
    const line = stdout.split('\n').find((item) => item.includes('title=duplicate-word'))
    expect(line).toMatch(/^::error file=a%2Cb%3Ac\.txt,line=1,col=1,endLine=1,endColumn=8,title=duplicate-word::\S/)
    expect(escapeData('50% off\r\nnow')).toBe('50%25 off%0D%0Anow')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })

  it('stylish: vfile-reporter, colour only on a TTY without NO_COLOR or --no-color', async () => {
    const cwd = project({'a.txt': repeated})
    const plain = await cli(['a.txt'], {cwd})
    expect(plain.stdout).toContain('a.txt')
    expect(plain.stdout).toContain('duplicate-word')
    expect(plain.stdout).not.toContain('\u001B[')
    expect((await cli(['a.txt'], {cwd, stdoutTTY: true})).stdout).toContain('\u001B[')
    expect((await cli(['a.txt'], {cwd, stdoutTTY: true, env: {NO_COLOR: '1'}})).stdout).not.toContain('\u001B[')
    expect((await cli(['--no-color', 'a.txt'], {cwd, stdoutTTY: true})).stdout).not.toContain('\u001B[')
  })

  it('rejects an unknown format with a suggestion', async () => {
    const {code, stderr} = await cli(['--format', 'sarf', 'x.txt'])
    expect(code).toBe(2)
    expect(stderr).toBe('lint-news: --format sarf: expected one of stylish, json, sarif, github; did you mean "sarif"?\n')
  })
})

describe('flags and exit codes', () => {
  it('exits 0 with warnings only, 1 with errors', async () => {
    const cwd = project({'a.txt': repeated})
    expect((await cli(['a.txt'], {cwd})).code).toBe(0)
    expect((await cli(['--rule', 'duplicate-word=error', 'a.txt'], {cwd})).code).toBe(1)
  })

  it('--rule is repeatable and can turn rules off', async () => {
    const cwd = project({'a.txt': repeated + doubled})
    const {stdout} = await cli(['-f', 'json', '--rule', 'duplicate-word=off', '--rule', 'typography-double-space=error', 'a.txt'], {cwd})
    const ids = parseJson(stdout)[0].messages.map((message) => `${message.ruleId}:${message.fatal}`)
    expect(ids).not.toContain('duplicate-word:false')
    expect(ids).toContain('typography-double-space:true')
  })

  it('a bad --rule is a usage error with did-you-mean', async () => {
    const one = await cli(['--rule', 'duplicate-wrd=off', 'a.txt'])
    expect(one.code).toBe(2)
    expect(one.stderr).toBe('lint-news: --rule: "rules.duplicate-wrd": unknown rule; did you mean "duplicate-word"?\n')
    const two = await cli(['--rule', 'duplicate-word=loud', 'a.txt'])
    expect(two.code).toBe(2)
    expect(two.stderr).toMatch(/^lint-news: --rule: "rules.duplicate-word": severity must be off, warn or error/)
    expect((await cli(['--rule', 'nonsense', 'a.txt'])).stderr).toBe('lint-news: --rule nonsense: expected id=off|warn|error\n')
  })

  it('--quiet drops warnings from output and counts', async () => {
    const cwd = project({'a.txt': repeated + doubled})
    const {code, stdout} = await cli(['-f', 'json', '--quiet', '--max-warnings', '0', '--rule', 'duplicate-word=error', 'a.txt'], {cwd})
    expect(code).toBe(1)
    const messages = parseJson(stdout)[0].messages
    expect(messages.length).toBeGreaterThan(0)
    expect(messages.every((message) => message.fatal)).toBe(true)
    expect((await cli(['-q', '--max-warnings', '0', 'a.txt'], {cwd})).code).toBe(0)
  })

  it('--max-warnings: exit 1 only above the limit', async () => {
    const cwd = project({'a.txt': 'The the cat.\n', 'b.txt': 'A dog and and a cat.\n'})
    const count = parseJson((await cli(['-f', 'json', 'a.txt', 'b.txt'], {cwd})).stdout).flatMap((file) => file.messages).length
    expect(count).toBeGreaterThanOrEqual(2)
    expect((await cli(['--max-warnings', String(count), 'a.txt', 'b.txt'], {cwd})).code).toBe(0)
    const over = await cli(['--max-warnings', String(count - 1), 'a.txt', 'b.txt'], {cwd})
    expect(over.code).toBe(1)
    expect(over.stderr).toBe(`lint-news: ${count} warnings, more than --max-warnings ${count - 1}\n`)
    expect((await cli(['--max-warnings', 'many', 'a.txt'], {cwd})).code).toBe(2)
  })

  it('--max-file-size overrides the config', async () => {
    const cwd = project({'a.txt': repeated, '.lintnewsrc.json': JSON.stringify({maxFileSize: 5})})
    const small = await cli(['a.txt'], {cwd})
    expect(small.code).toBe(2)
    expect(small.stderr).toBe(`lint-news: a.txt: file is ${repeated.length} bytes, over the limit of 5 bytes (--max-file-size or maxFileSize)\n`)
    expect((await cli(['--max-file-size', '1000', 'a.txt'], {cwd})).code).toBe(0)
    expect((await cli(['--max-file-size', '0', 'a.txt'], {cwd})).stderr).toMatch(/--max-file-size 0: expected a whole number of at least 1/)
  })

  it('--help lists flags and rules; --version prints the version', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: lint-news')
    for (const flag of ['--format', '--rule', '--quiet', '--max-warnings', '--config', '--no-config', '--max-file-size', '--stdin-filename', '--no-color', '--lsp']) {
      expect(help.stdout).toContain(flag)
    }
    for (const rule of rules) expect(help.stdout).toContain(rule.meta.id)
    const version = await cli(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('an unknown flag is a usage error with a suggestion', async () => {
    const {code, stdout, stderr} = await cli(['--quite', 'a.txt'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('lint-news: unknown option --quite; did you mean "--quiet"?\n')
    expect((await cli(['--format'])).stderr).toBe('lint-news: --format needs a value\n')
    expect((await cli(['--config', 'a.json', '--no-config'])).code).toBe(2)
  })

  it('no input from a terminal is a usage error, not a hang', async () => {
    const {code, stderr} = await cli([], {stdinTTY: true})
    expect(code).toBe(2)
    expect(stderr).toMatch(/^lint-news: no input/)
  })

  it('unexpected errors become one line with a hint, never a stack', async () => {
    // A stdin that throws stands in for any internal failure.
    const broken = {
      isTTY: false,
      [Symbol.asyncIterator]() {
        throw new TypeError('boom')
      }
    }
    const {main} = await import('../src/main.js')
    let stderr = ''
    const code = await main(['-'], {stdin: broken, stdout: {write: () => true}, stderr: {write: (chunk: string) => (stderr += chunk)}, cwd: join('/'), env: {}})
    expect(code).toBe(2)
    expect(stderr).toMatch(/^lint-news: internal error: boom\. This is a bug; please report it at https:\/\/\S+\n$/)
  })
})
