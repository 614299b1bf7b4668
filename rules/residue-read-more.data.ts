// Related-link teasers: a label, and usually the headline of another story.
// `labels` are matched at the start of a line, before a colon or arrow and a
// headline; `alone` must make up the whole line. Case-insensitive.
import type {Phrase} from '../src/phrase-list.js'

export const labels: readonly Phrase[] = [
  {
    family: 'related-link teasers',
    pattern: String.raw`read more|read also|also read|more reading|further reading|see also|related|related (?:article|articles|stories|story|content|coverage|news|reading)`,
    examples: ['Read more:', 'READ MORE:', 'Also read:', 'See also:', 'Related:', 'Related stories:']
  },
  {
    family: 'related-link teasers',
    pattern: String.raw`(?:recommended|suggested)(?: (?:reading|stories|articles|for you))?|(?:you may|you might|we think you'll) also like|more (?:on|about) this (?:story|topic)|more from [\p{L}\p{N}&'’ -]{1,30}`,
    examples: ['Recommended:', 'You may also like:', 'More on this story:', 'More from Politics:']
  }
]

export const alone: readonly Phrase[] = [
  {
    family: 'related-link teasers',
    pattern: String.raw`read more|read the full (?:story|article|report)(?: here)?|continue reading|click here to read more|more on this story|related (?:topics|stories|articles|content|coverage)|(?:you may|you might) also like|most (?:read|popular|viewed|shared)|top stories|editor's picks|editors' picks`,
    examples: ['Read more', 'Continue reading', 'More on this story', 'Related Topics', 'Most read', 'Top stories', "Editor's picks"]
  }
]
