/**
 * Tagging a long text in bounded segments, so the time grows linearly with its length. chrono-node 2.10.3's
 * English end-of-period refiner matches a `$`-anchored pattern against the whole text before each result
 * (`context.text.substring(0, result.index).match(…$)`), which costs the text's length per result: a 5 MB
 * document took minutes. Cut into segments, each result costs at most a segment's length.
 *
 * Where a segment ends matters: an expression cut in two is lost, and chrono's refiners look a little past a
 * result ("December 15, 2019", "from … to …", "A or B"). So the cuts are at paragraph breaks (a blank line),
 * else at a line end, else at white space, never inside a tag (`<…>`, which the detector's exclusion zones
 * must see whole), and a text shorter than a segment is tagged whole, exactly as before.
 */

/** Long enough that a real document is one segment; short enough that a result's rescan stays cheap. */
export const SEGMENT_LENGTH = 32 * 1024

/** How many earlier paragraph breaks are tried when the latest one lies inside a tag (keeps it linear). */
const TAG_RETRIES = 8

export interface Segment {
  start: number
  end: number
}

/** Consecutive segments covering `text`, each at most `maxLength` UTF-16 units (except none shorter than 1). */
export function segments(text: string, maxLength = SEGMENT_LENGTH): Segment[] {
  const out: Segment[] = []
  for (let start = 0; start < text.length;) {
    const end = text.length - start <= maxLength ? text.length : cutPoint(text, start, start + maxLength)
    out.push({ start, end })
    start = end
  }
  return out
}

/**
 * The best place to end a segment that starts at `start` and may not pass `limit`. Searched in the window
 * alone (a slice is not a copy), so a text with no break at all still costs one window per segment.
 */
function cutPoint(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit)
  const cut = paragraphBreak(window) ?? lineBreak(window) ?? spaceBreak(window)
  if (cut !== null) return start + cut
  // One unbroken run longer than a segment: cut it, but not between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}

/** After the latest blank line ("\n\n") that is not inside a tag, or null. */
function paragraphBreak(window: string): number | null {
  let from = window.length - 2
  for (let tries = 0; tries <= TAG_RETRIES; tries++) {
    const at = window.lastIndexOf('\n\n', from)
    if (at <= 0) return null
    if (!insideTag(window, at + 2)) return at + 2
    from = at - 1
  }
  return null
}

function lineBreak(window: string): number | null {
  const at = window.lastIndexOf('\n')
  return at > 0 && !insideTag(window, at + 1) ? at + 1 : null
}

function spaceBreak(window: string): number | null {
  for (let i = window.length - 1; i > 0; i--) if (/\s/.test(window[i] ?? '')) return i + 1
  return null
}

/** Whether `cut` falls between a `<` and its `>`. */
function insideTag(window: string, cut: number): boolean {
  const open = window.lastIndexOf('<', cut - 1)
  return open >= 0 && window.lastIndexOf('>', cut - 1) < open
}

/** `detect` run on each segment, its offsets moved back into the whole text. */
export function bySegments<T extends { start: number; end: number }>(
  text: string,
  detect: (segment: string) => T[],
  maxLength = SEGMENT_LENGTH,
): T[] {
  if (text.length <= maxLength) return detect(text)
  return segments(text, maxLength).flatMap(({ start, end }) =>
    detect(text.slice(start, end)).map((found) => ({ ...found, start: found.start + start, end: found.end + start })),
  )
}
