import {readFileSync, writeFileSync} from 'node:fs'
const keep = readFileSync('/tmp/voc/keep.txt', 'utf8').split('\n')
const groups = [
  ['Kyiv', 'Kiev'], ['Odesa', 'Odessa'], ['Tsikhanouskaya', 'Tikhanovskaya'], ['Sviatlana', 'Svetlana'], ['Tsikhanousky', 'Tikhanovsky'],
  ['Lukashenko', 'Lukashenka'], ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Selenskyj'], ['Donbas', 'Donbass'], ['Grodno', 'Hrodna'],
  ['Uyghur', 'Uighur'], ['Uyghurs', 'Uighurs'], ['Gaddafi', 'Qaddafi', 'Gadhafi'], ['Erdogan', 'Erdoğan'], ['Orban', 'Orbán'],
  ['Guaido', 'Guaidó'], ['Sanchez', 'Sánchez'], ['Bogota', 'Bogotá'], ['Brasilia', 'Brasília'], ['Asuncion', 'Asunción'], ['Elysee', 'Elysée'],
  ['Naypyidaw', 'Naypyitaw'], ['Dnipro', 'Dnieper'], ['Sinn', 'Fein', 'Féin']
]
const inGroup = new Set(groups.flat())
const lines = keep.filter((w) => !inGroup.has(w)).map((w) => [w])
for (const g of groups) lines.push(g)
// Dnipro/Dnieper are a city and a river, Sinn Fein is a name: not variants.
const fixed = lines.filter((g) => !(g[0] === 'Dnipro' || g[0] === 'Sinn'))
for (const w of ['Dnipro', 'Dnieper', 'Sinn']) fixed.push([w])
fixed.push(['Fein', 'Féin'])
const key = (s) => s.toLowerCase()
fixed.sort((a, b) => key(a[0]) < key(b[0]) ? -1 : key(a[0]) > key(b[0]) ? 1 : a[0] < b[0] ? -1 : 1)
writeFileSync('/tmp/voc/final.txt', fixed.map((g) => g.join(' | ')).join('\n'))
console.log(fixed.length)
