/**
 * The one definition of "untranslated", shared by the pipeline (which marks and, with `--strict`, refuses such
 * fields) and the app (which may show a marker). Pure, without zod, so the app can import it.
 *
 * A text is untranslated when it is empty, when it is a placeholder alone (`TODO …`, `TBD …`, `FIXME …`, `???`,
 * `…`, `...`), or, where a translation is expected, when it is identical to the other language's text.
 */

export type UntranslatedReason = 'empty' | 'placeholder' | 'same as the other language'

/** `TODO`, `TBD`, `FIXME` (alone or starting a note: "TODO translate"), or `???`, `…`, `...` alone. */
const PLACEHOLDER = /^(?:(?:TODO|TBD|FIXME)(?![\p{L}\p{N}]).*|\?{3,}|…+|\.{3,})$/su

/** Whitespace and the invisible format characters (zero-width space and joiners, BOM, soft hyphen, bidi marks). */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu

/** The text without whitespace and invisible characters: what a reader would see. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '')
}

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim())
}

/**
 * Why `text` counts as untranslated, or null. `other` is the same field in the other language, given only where
 * a translation is expected (titles, summaries, labels; not names, which may be spelled alike).
 */
export function untranslatedReason(text: string, other?: string): UntranslatedReason | null {
  const trimmed = text.trim()
  if (visibleText(trimmed) === '') return 'empty'
  if (isPlaceholder(trimmed)) return 'placeholder'
  if (other !== undefined && visibleText(other) !== '' && normalizeSame(trimmed) === normalizeSame(other)) {
    return 'same as the other language'
  }
  return null
}

const normalizeSame = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()
