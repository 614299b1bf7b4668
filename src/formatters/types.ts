import type {VFile} from 'vfile'

export interface FormatterContext {
  /** Paths in reports are relative to this. */
  cwd: string
  /** Colour, for formats that have it. */
  color: boolean
}

/** Turns linted files into the text written to stdout. */
export type Formatter = (files: readonly VFile[], context: FormatterContext) => string
