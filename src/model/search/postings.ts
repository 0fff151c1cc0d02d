/**
 * A search term's postings as the compact index writes them (compact-index.ts, docs/decisions/0011-search.md): the
 * events it occurs in, each with the fields it occurs in, delta-coded into a string JSON carries as it is.
 */

/**
 * Varints over the 64 characters JSON carries without escaping: each character holds 5 bits, and 32 is added to
 * every character but the last of a number. A posting is (document − previous document − 1, mask − 1).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const DIGIT = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i

/** The varint of `value`, most significant digit first. */
function varint(value: number): string {
  let text = ALPHABET[value & 31] as string
  for (let rest = Math.floor(value / 32); rest > 0; rest = Math.floor(rest / 32))
    text = (ALPHABET[(rest & 31) | 32] as string) + text
  return text
}

/** Documents ascending, each with a non-zero field mask. */
export function encodePostings(docs: readonly number[], masks: readonly number[]): string {
  let out = ''
  let previous = -1
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number
    out += varint(doc - previous - 1) + varint((masks[i] as number) - 1)
    previous = doc
  }
  return out
}

export interface Postings {
  docs: Int32Array
  masks: Uint16Array
}

export function decodePostings(text: string): Postings {
  // At most one posting per two characters.
  const docs = new Int32Array(text.length >> 1)
  const masks = new Uint16Array(text.length >> 1)
  let n = 0
  let previous = -1
  let value = 0
  let second = false
  for (let i = 0; i < text.length; i++) {
    const digit = DIGIT[text.charCodeAt(i)] ?? -1
    if (digit < 0) throw new Error(`search index: a posting has the character ${JSON.stringify(text[i])}`)
    value = value * 32 + (digit & 31)
    if (digit & 32) continue
    if (second) {
      masks[n++] = value + 1
    } else {
      previous += value + 1
      docs[n] = previous
    }
    second = !second
    value = 0
  }
  return { docs: docs.subarray(0, n), masks: masks.subarray(0, n) }
}
