// Until the CLI lands for everyone: prints the JSON report of the given files from the built core.
//   npm run build && node scripts/seeds-json.mjs ../shared/seeds/*.txt | node ../shared/tools/check-seeds.mjs --verbose
import {readFileSync} from 'node:fs'
import {lint} from '../dist/src/index.js'
const report = process.argv.slice(2).map((path) => {
  const file = lint({value: readFileSync(path, 'utf8'), path})
  return {path, messages: file.messages.map((m) => ({...m, ancestors: undefined}))}
})
console.log(JSON.stringify(report))
