// Words that start a page element or a new paragraph, and so show up glued to
// the previous word when a line break is lost ("RussiaUpdated: Aug 28").

/** Page-element labels no brand name ends in: flagged glued, before a colon, space or line end. */
export const labels: readonly string[] = ['Advertisement', 'Edited', 'Modified', 'Posted', 'Published', 'Updated']

/** Labels that some brand names end in ("MoneyWatch"): flagged glued only when a colon follows. */
export const colonLabels: readonly string[] = ['Caption', 'Comments', 'Copyright', 'Credit', 'Follow', 'Image', 'Listen', 'Photo', 'Read more', 'Share', 'Source', 'Video', 'Watch']

/** Words that open a sentence: glued after a lower-case letter, a paragraph break was lost. */
export const openers: readonly string[] = ['However', 'Meanwhile', 'She', 'The', 'These', 'They', 'This', 'Those']

/** Camel-case names that contain a glued shape on purpose; never flagged. Sorted. */
export const names: readonly string[] = ['ForTheWin', 'HeForShe', 'OnTheMarket']
