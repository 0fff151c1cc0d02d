/**
 * The display text of a document: the received text with HTML tags and comments removed, a leading
 * byte-order mark dropped and line ends made LF. Everything else is kept as received (entities such
 * as `&amp;` stay literal). The app always renders it as text, never as HTML.
 */

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
const TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/g

export function displayText(received: string): string {
  return stripTags(received.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
}

/** Removes tags until none is left: one pass would turn `<<img>script>` into `<script>`. */
function stripTags(text: string): string {
  let previous = text
  for (;;) {
    const next = previous.replace(COMMENT, '').replace(TAG, '')
    if (next === previous) return next
    previous = next
  }
}
