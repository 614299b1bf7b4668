import {extname} from 'node:path'

/** The input kinds lint-news reads. */
export type Format = 'text' | 'markdown' | 'html'

export const formats: readonly Format[] = ['text', 'markdown', 'html']

const byExtension: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html'
}

/** The extensions a directory walk picks up. */
export const extensions: readonly string[] = Object.keys(byExtension)

/** The format of a path by its extension; plain text when it is unknown or absent. */
export function formatOf(path: string | undefined): Format {
  if (!path) return 'text'
  return byExtension[extname(path).toLowerCase()] ?? 'text'
}

export function isSupportedPath(path: string): boolean {
  return extname(path).toLowerCase() in byExtension
}
