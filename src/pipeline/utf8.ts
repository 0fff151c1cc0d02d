/** Strict UTF-8 decoding: a file that is not valid UTF-8 is reported with the line and byte of the first bad sequence. */

export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; byte: number }

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: strict.decode(bytes) }
  } catch {
    return { ok: false, ...firstInvalid(bytes) }
  }
}

/** Walk the lenient decoding: the first U+FFFD that the bytes do not spell out (EF BF BD) is the bad spot. */
function firstInvalid(bytes: Uint8Array): { line: number; byte: number } {
  const text = lenient.decode(bytes)
  let byte = 0
  let line = 1
  for (const char of text) {
    const code = char.codePointAt(0) as number
    if (code === 0xfffd && !(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) {
      return { line, byte }
    }
    if (code === 0x0a) line++
    byte += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  /* c8 ignore next */
  return { line, byte }
}
