// GitHub Actions workflow commands, which the runner turns into annotations:
// https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
import type {VFileMessage} from 'vfile-message'
import type {Formatter} from './types.js'

const github: Formatter = (files) => {
  const lines: string[] = []
  for (const file of files) {
    for (const message of file.messages) {
      const place = message.place && 'start' in message.place ? message.place : undefined
      const properties: Array<[string, string | number | undefined]> = [
        ['file', file.path ?? '<stdin>'],
        ['line', place?.start.line ?? message.line ?? undefined],
        ['col', place?.start.column ?? message.column ?? undefined],
        ['endLine', place?.end.line],
        ['endColumn', place?.end.column],
        ['title', message.ruleId ?? 'lint-news']
      ]
      const list = properties
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',')
      lines.push(`::${command(message)} ${list}::${escapeData(message.reason)}`)
    }
  }
  return lines.map((line) => line + '\n').join('')
}

function command(message: VFileMessage): string {
  return message.fatal ? 'error' : message.fatal === false ? 'warning' : 'notice'
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export default github
