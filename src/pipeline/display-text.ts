/**
 * The display text of a document: the received text with HTML tags and comments removed, a leading
 * byte-order mark dropped and line ends made LF. Everything else is kept as received (entities such
 * as `&amp;` stay literal, a `<` in prose stays, an unclosed `<!--` and the text after it stay). The app
 * always renders it as text, never as HTML.
 *
 * One pass, in linear time. Removing a tag can join its neighbours into a new one (`<<img>script>`), so the
 * output is scanned as it grows: the `<`s it holds are on a stack, and a `>` closes the latest one when the
 * text since it is a tag's (`<name …` or `</name`); a `<!--` that forms in the output starts a comment,
 * which ends at the next `-->` of the input or, when there is none, is kept as text. Repeating a regular
 * expression until nothing changed (as before) took one pass per level of nesting: 40,000 nested tags, 11 s.
 */

export interface RemovedMarkup {
  tags: number
  comments: number
  /** UTF-16 units removed (tags and comments, not the BOM or CR). */
  characters: number
  /** Offsets in the normalised text of each `<!--` kept as text for want of a `-->` after it. */
  unclosedComments: number[]
}

const LT = 0x3c
const GT = 0x3e
const DASH = 0x2d
const BANG = 0x21
const SLASH = 0x2f

export function displayText(received: string): string {
  return stripMarkup(received).text
}

export function normalizeLineEnds(received: string): string {
  return received.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

export function stripMarkup(received: string): { text: string; removed: RemovedMarkup } {
  const input = normalizeLineEnds(received)
  const out = new Uint16Array(input.length)
  let length = 0
  const opens: number[] = [] // output positions of the `<`s a later `>` may still close
  const removed: RemovedMarkup = { tags: 0, comments: 0, characters: 0, unclosedComments: [] }
  let noCloseFrom = Infinity // no `-->` at or after this input offset
  const unclosed: number[] = [] // output positions of the `<!--`s kept so far for want of a `-->`
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i)
    if (code === GT && opens.length > 0 && isTag(out, opens.at(-1) as number, length)) {
      length = opens.pop() as number
      removed.tags++
      continue
    }
    out[length++] = code
    if (code === LT) opens.push(length - 1)
    else if (code === GT) {
      // A `-->` that removing a tag formed ("--<b>>") closes the first kept `<!--`, as it did when repeated;
      // the `<`s before that comment stay open ("<a<!--<!--<b>>>" is all markup).
      const first = unclosed[0]
      if (first !== undefined && length - 3 >= first + 4 && closes(out, length)) {
        length = first
        removed.comments++
        removed.unclosedComments.splice(-unclosed.length)
        unclosed.length = 0
        while (opens.length > 0 && (opens.at(-1) as number) >= first) opens.pop()
      } else opens.length = 0 // a kept `>` is prose: no tag can span it
    } else if (code === DASH && opensComment(out, opens.at(-1), length)) {
      const next = i + 1 >= noCloseFrom ? -1 : input.indexOf('-->', i + 1)
      // A `<!--` that removing a tag formed closes only after the input's own comments ahead of it: those went
      // first when the expression was repeated ("<<b>!--><!---->" keeps "<!-->").
      const formed = input.startsWith('<!--', i - 3) ? false : next >= 0
      const close = formed ? closeAfterComments(input, i + 1, next) : next
      if (close < 0) {
        // Kept as text; its `<` stays the latest, so a later `>` is prose (a tag cannot start with `!`).
        if (next < 0) noCloseFrom = Math.min(noCloseFrom, i + 1)
        removed.unclosedComments.push(i - 3)
        unclosed.push(length - 4)
        continue
      }
      length = opens.pop() as number
      removed.comments++
      i = close + 2
    }
  }
  const text = decode(out, length)
  removed.characters = input.length - text.length
  return { text, removed }
}

/** The first `-->` from `from` (`close`, already found) that is not the end of a whole comment of the input. */
function closeAfterComments(input: string, from: number, close: number): number {
  for (let open = input.indexOf('<!--', from); open >= 0 && open < close; open = input.indexOf('<!--', from)) {
    const end = input.indexOf('-->', open + 4)
    if (end < 0) return close // that `<!--` has no `-->` of its own: it stays text, and `close` ends ours
    from = end + 3
    close = input.indexOf('-->', from)
    if (close < 0) return -1
  }
  return close
}

const closes = (out: Uint16Array, end: number) => out[end - 3] === DASH && out[end - 2] === DASH && out[end - 1] === GT

/** Whether out[start, end) is `<!--` right now, its `<` still open. */
function opensComment(out: Uint16Array, start: number | undefined, end: number): boolean {
  return start === end - 4 && out[start + 1] === BANG && out[start + 2] === DASH && out[start + 3] === DASH
}

/** Whether out[start, end) is a tag without its `>`: `<` `/`? a letter, [A-Za-z0-9:-]*, then white space and anything, or `/`. */
function isTag(out: Uint16Array, start: number, end: number): boolean {
  // Only out[start, end) is the output: the array past `end` still holds what was truncated away.
  let i = start + 1
  if (i < end && out[i] === SLASH) i++
  if (i >= end || !isLetter(out[i])) return false
  i++
  while (i < end && isNameChar(out[i])) i++
  if (i === end) return true
  if (out[i] === SLASH && i === end - 1) return true
  // No `<` or `>` can follow: the `<` at start is the latest, and a kept `>` empties the stack.
  return /\s/.test(String.fromCharCode(out[i] as number))
}

const isLetter = (c: number | undefined) => c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))
const isNameChar = (c: number | undefined) =>
  isLetter(c) || (c !== undefined && ((c >= 0x30 && c <= 0x39) || c === 0x3a || c === DASH))

/** UTF-16 units back to a string, in slices (one call with millions of arguments would overflow the stack). */
function decode(out: Uint16Array, length: number): string {
  const parts: string[] = []
  for (let i = 0; i < length; i += 8192) parts.push(String.fromCharCode(...out.subarray(i, Math.min(length, i + 8192))))
  return parts.join('')
}
