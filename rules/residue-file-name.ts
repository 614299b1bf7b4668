import {linesOf} from '../src/lines.js'
import {defineRule} from '../src/rule.js'

// A media file name not inside a URL or path: the lookbehind keeps "/" and "."
// before the name out, which also keeps the match from starting mid-name.
const fileName =
  /(?<![\p{L}\p{N}_./:@%~\\-])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp|heic|heif|svg|mp4|m4v|mov|webm|avi|mp3|m4a|wav)(?![\p{L}\p{N}_/-])/giu

// The lookbehind above is tried at every character; this literal-led test
// first skips the lines with no media extension at all: nearly every line.
const extension = /\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp|heic|heif|svg|mp4|m4v|mov|webm|avi|mp3|m4a|wav)/i

// A name a camera or CMS made ("IMG_2041", "protest-police-1228224227",
// "_114140838_mediaitem"), rather than a word a writer chose to mention.
const machineMade = /[_-]|\d{4}/

export default defineRule({
  meta: {
    id: 'residue-file-name',
    category: 'residue',
    severity: 'warn',
    description: 'An image or video file name left in the text ("protest-police-1228224227.jpg")',
    docs: `A copied web page can leave the file name of a picture or video in the text, usually on the line above its caption. It is page markup, not copy.

Flagged: a line that is only a media file name (\`.jpg\`, \`.png\`, \`.webp\`, \`.mp4\` and the like), and a file name anywhere in a line when it looks machine-made (hyphens, underscores or long runs of digits, as in "IMG_2041.JPG"). Left alone: file names inside URLs and paths, and a plain name mentioned in a sentence ("she posted holiday.jpg"). The fix is to delete the name.`,
    fixable: true,
    scope: 'block'
  },
  examples: {
    valid: [
      'She posted a file called holiday.jpg to the forum.',
      'The image is at https://example.com/media/protest-crowd-2041.jpg for now.',
      'The agency released the pictures on Monday.'
    ],
    invalid: [
      {text: 'minsk-rally-crowd-2204617731.jpg\nMarchers fill the avenue on Sunday.', messages: [{quote: 'minsk-rally-crowd-2204617731.jpg', expected: ['']}]},
      {text: 'crowd.webp', messages: [{quote: 'crowd.webp', expected: ['']}]},
      {text: 'IMG_2041.JPG Marchers fill the avenue on Sunday.', messages: [{quote: 'IMG_2041.JPG ', expected: ['']}]}
    ]
  },
  create() {
    return ({document, report}) => {
      for (const line of linesOf(document)) {
        if (!extension.test(line.text)) continue
        fileName.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = fileName.exec(line.text))) {
          const whole = match.index === 0 && match[0].length === line.text.length
          if (!whole && !machineMade.test(match[0])) continue
          // Take the space after a name that starts a line, so deleting it leaves no gap.
          let end = match.index + match[0].length
          if (match.index === 0) while (end < line.text.length && /\s/.test(line.text[end])) end++
          report(line.block.range(line.from + match.index, line.from + end), 'Image or video file name left in the text: page markup, not copy. Delete it.', {expected: ['']})
        }
      }
    }
  }
})
