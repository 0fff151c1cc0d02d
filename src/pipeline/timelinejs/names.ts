/** How imported slides are named: ids that a link can carry, titles cut at a word. */

import { MAX_ID_LENGTH } from '../../model/fields'

/** At most 80 characters, cut at a word, never mid-word. */
export function shorten(text: string): string {
  const first = text.split('\n')[0] ?? ''
  if (first.length <= 80) return first
  const cut = first.slice(0, 80)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:.–-]+$/, '')}…`
}

/** Latin letters, digits and "-"; other scripts drop out (an all-Cyrillic headline gets a numbered id). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH - 6)
    .replace(/-+$/, '')
}

export function uniqueId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`
  taken.add(id)
  return id
}
