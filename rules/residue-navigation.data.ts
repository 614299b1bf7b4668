// Page chrome that scrapers copy into the text: accessibility skip links,
// menu toggles, ad-slot labels, share and print buttons. Each pattern must
// match a whole line (after an optional list marker, before optional trailing
// arrows or colons), case-insensitively.
import type {Phrase} from '../src/phrase-list.js'

export const phrases: readonly Phrase[] = [
  {
    family: 'accessibility skip links',
    pattern: String.raw`(?:skip|jump|go) to (?:the )?(?:main |primary |page |site |article )?(?:content|menu|navigation|nav|search|footer|sidebar|section navigation|accessibility help|accessibility options)`,
    examples: ['Skip to content', 'Skip to main menu', 'Jump to navigation', 'Skip to main content', 'Go to the page content']
  },
  {
    family: 'accessibility skip links (site networks)',
    pattern: String.raw`skip to (?:more |other |all )[\p{L}\p{N}&]+(?: [\p{L}\p{N}&]+){0,2} (?:sites|websites|services|channels)`,
    examples: ['Skip to more DW sites', 'Skip to other BBC websites', 'Skip to all Euronews channels']
  },
  {
    family: 'accessibility skip links',
    pattern: String.raw`(?:skip navigation|accessibility links|back to (?:the )?top|return to (?:the )?top|scroll to top)`,
    examples: ['Skip navigation', 'Accessibility links', 'Back to top', 'Return to the top']
  },
  {
    family: 'menus',
    pattern: String.raw`(?:toggle|open|close|show|hide) (?:the )?(?:main )?(?:menu|navigation|search)(?: bar)?`,
    examples: ['Toggle navigation', 'Open menu', 'Close the search bar', 'Show main menu']
  },
  {
    family: 'ad slots',
    pattern: String.raw`advertisement(?: (?:-|–|—) scroll to continue(?: with content)?)?|advertisement feature`,
    examples: ['Advertisement', 'ADVERTISEMENT', 'Advertisement - Scroll to continue', 'Advertisement – scroll to continue with content']
  },
  {
    family: 'ad slots',
    pattern: String.raw`(?:the )?(?:story|article|content) continues (?:below|after) (?:this )?(?:advertisement|advert|ad)|continue reading (?:the )?main story`,
    examples: ['Story continues below advertisement', 'Article continues after this advert', 'Continue reading the main story']
  },
  {
    family: 'share and print buttons',
    pattern: String.raw`share (?:this )?(?:article|story|page|post)(?: (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|email|telegram|reddit))?|share (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|email|telegram|reddit)|(?:print|email) (?:this )?(?:article|story|page)`,
    examples: ['Share this article', 'Share on Facebook', 'Share via WhatsApp', 'Print this page', 'Email this story', 'Share this story on Twitter']
  },
  {
    family: 'share and print buttons',
    pattern: String.raw`(?:copy|copied) (?:the )?(?:article )?link(?: to clipboard)?|link copied(?: to clipboard)?`,
    examples: ['Copy link', 'Copy article link', 'Link copied to clipboard']
  }
]
