// The vfile-reporter-json shape (one entry per file with its messages), minus
// the `ancestors` trees, which are large and tie the output to the parser, plus
// `related`, which vfile-reporter-json does not know.
import type {Formatter} from './types.js'

const json: Formatter = (files, {cwd}) => {
  const data = files.map((file) => ({
    path: file.path,
    cwd,
    history: file.history,
    messages: file.messages.map((message) => ({
      column: message.column,
      fatal: message.fatal,
      line: message.line,
      place: message.place,
      reason: message.reason,
      ruleId: message.ruleId,
      source: message.source,
      actual: message.actual,
      expected: message.expected,
      note: message.note,
      url: message.url,
      related: message.related
    }))
  }))
  return JSON.stringify(data) + '\n'
}

export default json
