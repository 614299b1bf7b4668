#!/usr/bin/env node
// The `lint-news` bin: process glue around main(). main() is imported
// dynamically so that even a failure to load it ends in one line, not a stack.
import module from 'node:module'

const issues = 'https://github.com/lint-news/lint-news/issues'

// Node ≥ 22.1 caches compiled code between runs, which halves cold start; Node 20 lacks it.
;(module as {enableCompileCache?: () => unknown}).enableCompileCache?.()

function crash(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`lint-news: internal error: ${message}. This is a bug; please report it at ${issues}\n`)
  process.exit(2)
}

process.on('uncaughtException', crash)
process.on('unhandledRejection', crash)
// `lint-news … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  else crash(error)
})

try {
  const {main} = await import('./main.js')
  process.exitCode = await main(process.argv.slice(2), {
    get stdin() {
      return process.stdin
    },
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env
  })
} catch (error) {
  crash(error)
}
