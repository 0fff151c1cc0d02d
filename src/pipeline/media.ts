/**
 * Media files of events (`media/<name>` in the data folder): each must exist, be a regular file, be an image of a
 * known type by its content (magic bytes, not its name), and stay under the size cap. A remote URL is not fetched.
 */
import fs from 'node:fs'
import path from 'node:path'
import { MAX_MEDIA_BYTES, type EventInput, type MediaType } from '../model/schema'
import type { Problems } from './problems'
import type { Located } from './vocabularies'

export interface CheckedMedia {
  type: MediaType
  bytes: number
}

const SIGNATURES: [MediaType, (head: Buffer) => boolean][] = [
  ['image/png', (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/jpeg', (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff],
  ['image/gif', (h) => ['GIF87a', 'GIF89a'].includes(h.subarray(0, 6).toString('latin1'))],
  [
    'image/webp',
    (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  ],
]

/** The image type of a file's first bytes, or null. */
export function imageType(head: Buffer): MediaType | null {
  return SIGNATURES.find(([, test]) => test(head))?.[0] ?? null
}

export function checkMedia(
  dir: string,
  events: readonly Located<EventInput>[],
  problems: Problems,
): Map<string, CheckedMedia> {
  const checked = new Map<string, CheckedMedia>()
  for (const { value: event, file, path: at } of events) {
    event.media.forEach((media, i) => {
      if (media.file === undefined) return
      const where = { path: [...at, 'media', i, 'file'], line: file.lineOf([...at, 'media', i, 'file']) }
      const found = checked.get(media.file) ?? inspect(path.join(dir, media.file))
      if (typeof found === 'string') problems.error(file.file, `media file "${media.file}": ${found}`, where)
      else checked.set(media.file, found)
    })
  }
  return checked
}

function inspect(file: string): CheckedMedia | string {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    return 'not found in the data folder'
  }
  if (!stat.isFile()) return 'not a regular file'
  if (stat.size > MAX_MEDIA_BYTES) {
    return `too large: ${stat.size} bytes (the limit is ${MAX_MEDIA_BYTES} bytes, 2 MB; scale it down)`
  }
  const head = Buffer.alloc(12)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, head, 0, head.length, 0)
  } finally {
    fs.closeSync(fd)
  }
  const type = imageType(head)
  return type === null
    ? 'not an image of a known type (PNG, JPEG, GIF or WebP, by its content)'
    : { type, bytes: stat.size }
}
