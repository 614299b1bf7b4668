import {readFileSync, readdirSync} from 'node:fs'
const f = 'node_modules/.cache/lint-news/' + readdirSync('node_modules/.cache/lint-news')[0]
let t = performance.now()
const text = readFileSync(f, 'utf8')
console.log('read', performance.now() - t); t = performance.now()
const lines = text.split('\n')
console.log('split', performance.now() - t, lines.length); t = performance.now()
const m = new Map()
for (const line of lines) { const i = line.indexOf('\t'); m.set(line.slice(0, i), 1) }
console.log('map', performance.now() - t); t = performance.now()
const s = new Set(text.split(/\t[^\n]*\n/))
console.log('set', performance.now() - t); t = performance.now()
