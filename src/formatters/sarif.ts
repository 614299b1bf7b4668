// SARIF 2.1.0, as GitHub code scanning reads it:
// https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
import type {VFileMessage} from 'vfile-message'
import {rules} from '../../rules/index.js'
import {version} from '../cli-args.js'
import {docsBase, type Setting} from '../rule.js'
import type {Formatter} from './types.js'

interface Region {
  startLine: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}

const levels: Record<Setting, string> = {error: 'error', warn: 'warning', off: 'none'}

const sarif: Formatter = (files) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]))
  const results = files.flatMap((file) => {
    const uri = toUri(file.path ?? 'stdin')
    return file.messages.map((message) => {
      const region = regionOf(message)
      const location = {physicalLocation: {artifactLocation: {uri, uriBaseId: '%SRCROOT%'}, ...(region && {region})}}
      const result: Record<string, unknown> = {
        ruleId: message.ruleId,
        ...(message.ruleId && ruleIndex.has(message.ruleId) && {ruleIndex: ruleIndex.get(message.ruleId)}),
        level: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'note',
        message: {text: message.reason},
        locations: [location]
      }
      if (message.related?.length) {
        result.relatedLocations = message.related.map((item, id) => ({
          id,
          message: {text: item.message},
          physicalLocation: {
            artifactLocation: {uri, uriBaseId: '%SRCROOT%'},
            region: {startLine: item.start.line, startColumn: item.start.column, endLine: item.end.line, endColumn: item.end.column}
          }
        }))
      }
      if (region && message.expected?.length) {
        // Only the first suggestion: a SARIF fix is one edit a tool may apply.
        result.fixes = [
          {
            description: {text: message.expected[0] === '' ? 'Delete it' : `Replace with “${message.expected[0]}”`},
            artifactChanges: [
              {artifactLocation: {uri, uriBaseId: '%SRCROOT%'}, replacements: [{deletedRegion: region, insertedContent: {text: message.expected[0]}}]}
            ]
          }
        ]
      }
      return result
    })
  })
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lint-news',
            version: version(),
            informationUri: 'https://github.com/lint-news/lint-news',
            rules: rules.map((rule) => ({
              id: rule.meta.id,
              shortDescription: {text: rule.meta.description},
              helpUri: docsBase + rule.meta.id,
              defaultConfiguration: {level: levels[rule.meta.severity]},
              properties: {tags: [rule.meta.category]}
            }))
          }
        },
        // vfile columns count UTF-16 code units, SARIF's default; said outright for readers.
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, undefined, 2) + '\n'
}

function regionOf(message: VFileMessage): Region | undefined {
  const place = message.place
  if (place && 'start' in place) {
    return {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}
  }
  if (place && 'line' in place) return {startLine: place.line, startColumn: place.column}
  return undefined
}

/** A relative URI reference: forward slashes, each segment percent-encoded. */
function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/')
}

export default sarif
