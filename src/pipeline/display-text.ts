/**
 * The display text of a document: the received text with HTML tags and comments removed, a leading
 * byte-order mark dropped and line ends made LF. Everything else is kept as received (entities such
 * as `&amp;` stay literal). The app always renders it as text, never as HTML.
 */

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
const TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/g

export function displayText(received: string): string {
  return received
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(COMMENT, '')
    .replace(TAG, '')
}
