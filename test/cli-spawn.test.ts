// The built bin, as users run it: a few real processes.
import {spawn, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {project, repeated} from './helpers/cli.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = `${root}dist/src/cli.js`

beforeAll(() => {
  // tsc emits even when another file in the tree has a type error; what matters here is the bin.
  spawnSync('npx', ['tsc', '-p', '.'], {cwd: root, stdio: 'ignore'})
  if (!existsSync(bin)) throw new Error('build did not produce dist/src/cli.js')
}, 120_000)

function run(args: string[], options: {cwd?: string; input?: string} = {}) {
  return spawnSync(process.execPath, [bin, ...args], {cwd: options.cwd ?? root, input: options.input ?? '', encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
}

describe('dist/src/cli.js', () => {
  it('lints a seed and exits 0', () => {
    const child = run(['seeds/001_ffcef741cb91c7d5.txt'])
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    expect(child.stdout).toContain('seeds/001_ffcef741cb91c7d5.txt')
  })

  it('exits 1 on errors and reads piped stdin', () => {
    const child = run(['--rule', 'duplicate-word=error', '--stdin-filename', 'x.md', '-f', 'github'], {input: repeated})
    expect(child.status).toBe(1)
    expect(child.stdout).toMatch(/^::error file=x\.md,line=1,col=1,/)
  })

  it('loads the Markdown and HTML parsers when an input needs them', () => {
    const cwd = project({'a.md': '# Notes\n\nPolice stormed the the square.\n', 'b.html': '<p>Police stormed <b>the the</b> square.</p>', 'c.txt': 'Police stormed the the square.\n'})
    const child = run(['--rule', 'duplicate-word=error', '-f', 'github', 'a.md', 'b.html', 'c.txt'], {cwd})
    expect(child.stderr).toBe('')
    expect(child.stdout.match(/^::error file=[^,]+,line=\d+,col=\d+/gm)).toEqual([
      '::error file=a.md,line=3,col=16',
      '::error file=b.html,line=1,col=22',
      '::error file=c.txt,line=1,col=16'
    ])
  })

  it('reports bad input and usage in one line each, exit 2, no stack', () => {
    const cwd = project({'good.txt': repeated})
    const child = run(['missing.txt', 'good.txt'], {cwd})
    expect(child.status).toBe(2)
    expect(child.stderr).toBe('lint-news: missing.txt: no such file or directory\n')
    expect(child.stdout).toContain('good.txt')
    const usage = run(['--nope'])
    expect(usage.status).toBe(2)
    expect(usage.stderr).toBe('lint-news: unknown option --nope\n')
  })

  it('--lsp starts the language server when the build has one', async () => {
    if (!existsSync(`${root}dist/src/server.js`)) {
      const child = run(['--lsp'])
      expect(child.status).toBe(2)
      expect(child.stderr).toMatch(/^lint-news: the language server is not part of this build/)
      return
    }
    const child = spawn(process.execPath, [bin, '--lsp'], {stdio: ['pipe', 'pipe', 'pipe']})
    const body = JSON.stringify({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: null, capabilities: {}}})
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    let output = ''
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply from --lsp; stderr: ${child.stderr.read() ?? ''}`)), 10_000)
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk
        if (output.includes('"id":1')) {
          clearTimeout(timer)
          resolve()
        }
      })
    }).finally(() => child.kill())
    expect(output).toMatch(/Content-Length: \d+\r\n\r\n.*"capabilities"/s)
  })
})
