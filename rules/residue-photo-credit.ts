import {lineRange, linesOf, type Line} from '../src/lines.js'
import {defineRule} from '../src/rule.js'
import {creditNames, pictureOnlyNames} from './residue-photo-credit.data.js'

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// Longest first, so that "Getty Images" wins over "Getty".
const alternation = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).map(escape).join('|')
const word = (names: readonly string[], flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(names)})(?![\\p{L}\\p{N}-])`, flags)

const credit = word(creditNames, 'iu')
const creditEverywhere = word(creditNames, 'giu')
const pictureOnly = word(pictureOnlyNames, 'iu')

// A credit is names: capitalised words, initials, handles, and the few small
// words that join them ("Handout via Reuters TV", "Pool for the Kremlin").
const nameToken = /^[\p{Lu}\p{N}@©][\p{L}\p{M}\p{N}'’.&@_-]*$/u
const joiners = new Set(['via', 'for', 'of', 'and', 'the', 'de', 'del', 'der', 'da', 'di', 'du', 'van', 'von', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'y', 'und'])
const maxNameTokens = 6

const label = String.raw`(?:Image|Images|Photo|Photos|Photograph|Photographs|Picture|Pictures|Pic|Foto|Credit|Credits|Photo credit|Image credit|Picture credit|Image source|Photo source|Copyright|Image copyright)`
const labelled = new RegExp(String.raw`^${label}[ \t]*:[ \t]*(.{1,100})$`, 'iu')
// "Putin and Lukashenko Photograph:(Reuters)": a caption with its credit glued on.
const trailingLabelled = /(?<=\S)[ \t\u00A0]*(?:Photograph|Photo|Image|Picture|Credit|Foto|PHOTO|IMAGE)s?[ \t]*:[ \t]*([^():\n]{1,60}|\([^():\n]{1,60}\))$/du
const photoBy = /^\(?(?:Photo|Picture|Image|Photograph|PHOTO)s? by ([^()\n]{1,80}?)\)?$/u
const trailingPhotoBy = /(?<=\S)[ \t\u00A0]*\((?:Photo|Picture|Image|Photograph|PHOTO)s? by ([^()\n]{1,80})\)$/du
// BBC pages label every picture: "Image copyright Reuters Image caption …".
const imageCopyrightCaption = /^Image (?:copyright|source)[ \t]+(.{1,60}?)[ \t]+Image caption(?:[ \t]+|$)/u
const imageCopyright = /^Image (?:copyright|source)[ \t]+(.{1,60})$/u
const imageCaption = /^(?:Image|Photo) caption(?:[ \t]+|$)/u

export default defineRule({
  meta: {
    id: 'residue-photo-credit',
    category: 'residue',
    severity: 'warn',
    description: 'A photo credit or image label left in the text ("NAME / AGENCY", "Image: …")',
    docs: `When a story is copied from a web page, the credits printed under its pictures come along, on lines of their own or glued to the end of a caption: "VASILY FEDOSENKO / REUTERS", "Misha Friedman / Getty", "Image: picture-alliance/AP/D. Lovetsky", "Photograph:(Reuters)", "(Photo by … /AFP via Getty Images)", and the BBC's "Image copyright … Image caption" labels. The pictures are not in the copy, so their credits should go.

Flagged: a short line of names split by slashes where one of them is a news or photo agency; a line labelled "Image:", "Photo:", "Credit:" and the like followed by names; a credit label glued to the end of a caption; a line of a photographer's name and a picture agency ("AFP via Getty Images"); BBC image labels. The fix is to delete the credit.

Left alone: agencies inside sentences ("photographed by a Reuters photographer", "Reuters reported"), bylines ("By Jane Smith / Reuters"), a line "Reuters" on its own (it may be the story's byline), and slash pairs without an agency ("Russia / Ukraine"). The agency names live in \`rules/residue-photo-credit.data.ts\`.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'The picture was taken by a Reuters photographer in the old town.',
      'Reuters',
      'By Jane Smith / Reuters',
      'Russia / Ukraine',
      'Photo: a man walks past burned cars in the square',
      'He pointed at the photo: Smith was not in it.',
      'The agency, Getty Images, declined to comment.'
    ],
    invalid: [
      {text: 'Riot police detain a man in the square.\n\nANNA KOVAL / REUTERS', messages: [{quote: 'ANNA KOVAL / REUTERS', expected: ['']}]},
      {text: 'Riot police detain a man.\nTom Hardy / Getty', messages: [{quote: 'Tom Hardy / Getty', expected: ['']}]},
      {text: 'Pool Photo / Handout via Reuters TV', messages: [{quote: 'Pool Photo / Handout via Reuters TV', expected: ['']}]},
      {text: 'Image: picture-alliance/dpa/J. Schmidt', messages: [{quote: 'Image: picture-alliance/dpa/J. Schmidt', expected: ['']}]},
      {text: 'The two leaders in Sochi Photograph:(AFP)', messages: [{quote: ' Photograph:(AFP)', expected: ['']}]},
      {text: 'Marchers fill the avenue (Photo by Ivan Petrov/AFP via Getty Images)', messages: [{quote: ' (Photo by Ivan Petrov/AFP via Getty Images)', expected: ['']}]},
      {text: 'Sergei Ivanov/NurPhoto via Getty Images', messages: [{quote: 'Sergei Ivanov/NurPhoto via Getty Images', expected: ['']}]},
      {text: 'AFP via Getty Images', messages: [{quote: 'AFP via Getty Images', expected: ['']}]},
      {
        text: 'Image copyright EPA Image caption Crowds gathered outside parliament',
        messages: [{quote: 'Image copyright EPA Image caption ', expected: ['']}]
      }
    ]
  },
  create() {
    return ({document, report}) => {
      const flag = (line: Line, from: number, to: number, reason: string): void => report(lineRange(line, from, to), reason, {expected: ['']})
      for (const line of linesOf(document)) {
        const text = line.text
        const bbc = imageCopyrightCaption.exec(text) ?? imageCaption.exec(text)
        if (bbc) {
          flag(line, 0, bbc[0].length, 'Image labels from the web page left in the text: the picture is not in the copy. Delete them.')
          continue
        }
        if (isCreditLine(text)) {
          flag(line, 0, text.length, 'Photo credit left in the text: the picture it credits is not in the copy. Delete the line.')
          continue
        }
        const glued = trailingLabelled.exec(text) ?? trailingPhotoBy.exec(text)
        if (glued && isCredit(unwrap(glued[1]))) {
          flag(line, glued.index, text.length, 'Photo credit glued to the end of a caption: the picture is not in the copy. Delete the credit.')
        }
      }
    }
  }
})

function isCreditLine(text: string): boolean {
  if (/^by\s/i.test(text)) return false
  const byLabel = labelled.exec(text) ?? photoBy.exec(text)
  if (byLabel) return isCredit(unwrap(byLabel[1]))
  const copyright = imageCopyright.exec(text)
  if (copyright) return isCredit(copyright[1])
  if (text.includes('/')) return isCredit(text) && credit.test(text)
  return pictureOnly.test(text) && isNames(text, maxNameTokens + 1)
}

/** Names, or names split by slashes: the shape of a credit. */
function isCredit(text: string): boolean {
  const parts = text.split(/[ \t]*\/[ \t]*/)
  if (parts.length > 5) return false
  return parts.every((part) => isNames(part, maxNameTokens))
}

function isNames(text: string, max: number): boolean {
  // Agency names may be lower case or two words ("picture alliance", "dpa").
  const tokens = text.replace(creditEverywhere, 'Agency').split(/[ \t\u00A0]+/).filter(Boolean)
  if (tokens.length === 0 || tokens.length > max) return false
  return tokens.every((token) => nameToken.test(token) || joiners.has(token)) && !joiners.has(tokens[0])
}

function unwrap(text: string): string {
  return text.replace(/^\((.*)\)$/, '$1').trim()
}
