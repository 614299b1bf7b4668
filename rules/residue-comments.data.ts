// Comment-section and moderation notices that scrapers copy from under an
// article. Each pattern must match a whole line, case-insensitively; a final
// full stop is allowed by the rule.
import type {Phrase} from '../src/phrase-list.js'

const story = String.raw`(?:article|story|page|post|piece|thread)`

export const phrases: readonly Phrase[] = [
  {
    family: 'moderation notices',
    pattern: String.raw`(?:the )?comments (?:below|on this ${story}) (?:have not been|are not|are|have been) (?:pre-?)?moderated`,
    examples: ['The comments below have not been moderated', 'Comments on this story are moderated', 'The comments below are pre-moderated']
  },
  {
    family: 'moderation notices',
    pattern: String.raw`(?:the )?views expressed in the (?:contents?|comments?) (?:above|below) are those of (?:our |the )?(?:users|readers|commenters|commentators|posters)(?: and do not necessarily reflect the views of [\p{L}\p{N}'’&. -]{1,40})?`,
    examples: [
      'The views expressed in the contents above are those of our users and do not necessarily reflect the views of The Daily Example.',
      'The views expressed in the comments below are those of the readers'
    ]
  },
  {
    family: 'closed threads',
    pattern: String.raw`(?:we are|we're) no longer accepting comments(?: on this ${story})?|comments (?:are|have been) (?:now )?(?:closed|disabled|turned off|switched off)(?: (?:for|on) this ${story})?|(?:this|the) (?:discussion|comment thread|conversation|comments section) (?:is|has been) (?:now )?closed`,
    examples: ['We are no longer accepting comments on this article.', 'Comments are closed', 'Comments have been disabled for this story', 'This discussion is now closed']
  },
  {
    family: 'comment prompts',
    pattern: String.raw`be the first to comment|(?:leave|post|add|write) (?:a|your) comment|join the (?:conversation|discussion|debate)|what do you think\? (?:leave|post|add|share) (?:a|your) comment(?: below)?`,
    examples: ['Be the first to comment', 'Leave a comment', 'Join the conversation', 'What do you think? Leave a comment below']
  },
  {
    family: 'comment buttons',
    pattern: String.raw`(?:show|view|load|hide|read|see) (?:all |more )?(?:\d+ )?comments(?: \(\d+\))?|comments \(\d+\)|\d+ comments?`,
    examples: ['Show comments', 'View all 112 comments', 'Comments (23)', '15 comments']
  },
  {
    family: 'comment log-in',
    pattern: String.raw`(?:you must be |please )?(?:logged in|log in|sign in|signed in|register) to (?:post a comment|comment|join the discussion)`,
    examples: ['You must be logged in to post a comment', 'Sign in to comment', 'Please log in to join the discussion']
  },
  {
    family: 'comment sorting',
    pattern: String.raw`sort by:? (?:newest|oldest|best rated|worst rated|most popular|most recent)`,
    examples: ['Sort by newest', 'Sort by: best rated']
  }
]
