// Labels that social-media and video embeds leave in copied text. Patterns
// are matched case-insensitively. `anywhere` phrases are specific enough to
// flag wherever they stand in a line (the end-of-post label follows the post's
// own text); the others only at the start of a line or right after another
// embed label, where they cannot be a writer's words.
import type {Phrase} from '../src/phrase-list.js'

const platform = String.raw`(?:Twitter|X|Instagram|Facebook|YouTube|TikTok|Reddit|Telegram|Bluesky|Threads|Mastodon)`
const handle = String.raw`@?[\p{L}\p{N}_.]{1,40}`

export const anywhere: readonly Phrase[] = [
  {
    family: 'BBC social embeds',
    pattern: String.raw`(?:Skip|End of) ${platform} (?:post|content|video)(?: \d{1,2})?(?: (?:by|from) ${handle})?`,
    examples: ['Skip Twitter post by @CityDesk', 'End of Twitter post by @CityDesk', 'Skip YouTube post', 'Skip Instagram post 2 by citydesk', 'End of TikTok content']
  },
  {
    family: 'BBC media player',
    pattern: String.raw`Media playback is (?:unsupported|not supported) on your device`,
    examples: ['Media playback is unsupported on your device']
  },
  {
    family: 'Instagram',
    pattern: String.raw`View this post on Instagram`,
    examples: ['View this post on Instagram']
  },
  {
    family: 'Twitter',
    pattern: String.raw`pic\.twitter\.com/[\p{L}\p{N}]{4,20}`,
    examples: ['pic.twitter.com/Ab12Cd34']
  },
  {
    family: 'consent walls',
    pattern: String.raw`Allow ${platform} content\?`,
    examples: ['Allow Twitter content?', 'Allow YouTube content?']
  }
]

export const atLineStart: readonly Phrase[] = [
  {
    family: 'BBC media player',
    pattern: String.raw`(?:Media|Video) caption`,
    examples: ['Media caption', 'Video caption']
  },
  {
    family: 'Getty embeds',
    pattern: String.raw`Embed from Getty Images`,
    examples: ['Embed from Getty Images']
  },
  {
    family: 'video players',
    pattern: String.raw`(?:Your|This) browser does not support (?:the )?(?:video|audio|HTML5 video)(?: (?:element|tag|playback))?\.?|Please enable JavaScript to (?:view|watch|play) (?:this|the) (?:video|content|media)\.?`,
    examples: ['Your browser does not support the video tag.', 'Please enable JavaScript to view this video']
  },
  {
    family: 'video players',
    pattern: String.raw`(?:Watch|Play|Replay)(?: the)? video(?: now)?:?|(?:Click|Tap) (?:here )?to (?:play|watch)(?: (?:the|this) video)?`,
    examples: ['Watch video', 'Play video', 'Tap to play', 'Click here to watch the video']
  },
  {
    family: 'Instagram',
    pattern: String.raw`A post shared by [\p{L}\p{N} ._'’-]{1,60}? \(@[\p{L}\p{N}_.]{1,30}\)(?: on [\p{L}]{3,9} \d{1,2}, \d{4}(?: at \d{1,2}:\d{2}(?:am|pm)?(?: [A-Z]{2,4})?)?)?`,
    examples: ['A post shared by City Desk (@citydesk) on Aug 27, 2020 at 5:02am PDT', 'A post shared by Jane (@jane.doe)']
  }
]
