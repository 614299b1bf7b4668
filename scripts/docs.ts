// npm run docs: regenerate the README rule list and docs/rules.md from rule metadata.
import {readFileSync, writeFileSync} from 'node:fs'
import {rules} from '../rules/index.js'
import {listEnd, listStart, ruleList, ruleReference} from '../src/rule-docs.js'

const root = new URL('../../', import.meta.url)
const readmeUrl = new URL('README.md', root)
const readme = readFileSync(readmeUrl, 'utf8')
const start = readme.indexOf(listStart)
const end = readme.indexOf(listEnd)
if (start === -1 || end === -1) throw new Error('README.md has no rule list markers')
writeFileSync(readmeUrl, readme.slice(0, start) + ruleList(rules) + readme.slice(end + listEnd.length))
writeFileSync(new URL('docs/rules.md', root), ruleReference(rules))
console.log(`docs: ${rules.length} rules`)
