// Config through the CLI: discovery walking up, package.json, --config, --no-config, bad config.
import {describe, expect, it} from 'vitest'
import {cli, parseJson, project, repeated} from './helpers/cli.js'

const asError = JSON.stringify({rules: {'duplicate-word': 'error'}})

function duplicateSeverity(stdout: string): Array<boolean | undefined> {
  return parseJson(stdout).map((file) => file.messages.find((message) => message.ruleId === 'duplicate-word')?.fatal)
}

describe('config', () => {
  it('is found by walking up from each file', async () => {
    const cwd = project({
      '.lintnewsrc.json': asError,
      'a/b/c/deep.txt': repeated,
      'other/.lintnewsrc.json': JSON.stringify({rules: {'duplicate-word': 'off'}}),
      'other/x.txt': repeated
    })
    const {code, stdout} = await cli(['-f', 'json', 'a', 'other'], {cwd})
    expect(code).toBe(1)
    expect(duplicateSeverity(stdout)).toEqual([true, undefined])
  })

  it('is found from the file, not from cwd', async () => {
    const root = project({'proj/.lintnewsrc.json': asError, 'proj/a.txt': repeated, 'elsewhere/.keep': ''})
    const {stdout} = await cli(['-f', 'json', '../proj/a.txt'], {cwd: `${root}/elsewhere`})
    expect(duplicateSeverity(stdout)).toEqual([true])
  })

  it('reads a lintNews key in package.json', async () => {
    const cwd = project({'package.json': JSON.stringify({name: 'x', lintNews: {rules: {'duplicate-word': 'error'}}}), 'a.txt': repeated})
    expect(duplicateSeverity((await cli(['-f', 'json', 'a.txt'], {cwd})).stdout)).toEqual([true])
  })

  it('--config replaces the search; --no-config ignores config files', async () => {
    const cwd = project({
      '.lintnewsrc.json': JSON.stringify({rules: {'duplicate-word': 'off'}}),
      'strict.json': asError,
      'a.txt': repeated
    })
    expect(duplicateSeverity((await cli(['-f', 'json', 'a.txt'], {cwd})).stdout)).toEqual([undefined])
    expect(duplicateSeverity((await cli(['-f', 'json', '--config', 'strict.json', 'a.txt'], {cwd})).stdout)).toEqual([true])
    expect(duplicateSeverity((await cli(['-f', 'json', '--no-config', 'a.txt'], {cwd})).stdout)).toEqual([false])
  })

  it('flags override the config file', async () => {
    const cwd = project({'.lintnewsrc.json': asError, 'a.txt': repeated})
    expect(duplicateSeverity((await cli(['-f', 'json', '--rule', 'duplicate-word=warn', 'a.txt'], {cwd})).stdout)).toEqual([false])
  })

  it('a bad config: one line naming the key with did-you-mean, exit 2', async () => {
    const cwd = project({'.lintnewsrc.json': JSON.stringify({rulez: {}}), 'a.txt': repeated, 'b.txt': repeated})
    const {code, stdout, stderr} = await cli(['a.txt', 'b.txt'], {cwd})
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`lint-news: ${cwd}/.lintnewsrc.json: "rulez": unknown setting; did you mean "rules"?\n`)
  })

  it('a bad config spoils only the files under it', async () => {
    const cwd = project({
      'bad/.lintnewsrc.json': JSON.stringify({rules: {'duplicate-wrod': 'off'}}),
      'bad/a.txt': repeated,
      'good/b.txt': repeated
    })
    const {code, stdout, stderr} = await cli(['-f', 'json', 'bad', 'good'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe(`lint-news: ${cwd}/bad/.lintnewsrc.json: "rules.duplicate-wrod": unknown rule; did you mean "duplicate-word"?\n`)
    expect(parseJson(stdout).map((file) => file.path)).toEqual(['good/b.txt'])
  })

  it('invalid JSON and a missing --config file', async () => {
    const cwd = project({'.lintnewsrc.json': '{"rules": ', 'a.txt': repeated})
    const broken = await cli(['a.txt'], {cwd})
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^lint-news: \S+\.lintnewsrc\.json: invalid JSON: .*\n$/)
    const missing = await cli(['--config', 'nope.json', 'a.txt'], {cwd})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(`lint-news: ${cwd}/nope.json: cannot read config file\n`)
  })

  it('applies to stdin through --stdin-filename', async () => {
    const cwd = project({'sub/.lintnewsrc.json': asError})
    const {code} = await cli(['--stdin-filename', 'sub/x.txt'], {cwd, stdin: repeated})
    expect(code).toBe(1)
  })
})
