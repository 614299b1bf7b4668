import {getLexicon, knows} from './rules/spelling/lexicon.js'
let t = performance.now()
const l = getLexicon()
console.log('load ms', performance.now() - t, l.forms.size, l.frequency.size)
