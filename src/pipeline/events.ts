/** `events/*.yaml`: each file holds a list under `events`. */
import path from 'node:path'
import { eventInputSchema, eventsFileSchema, type EventInput } from '../model/schema'
import { readFolder } from './input-file'
import type { Problems } from './problems'
import { Gaps, loadList, type Located } from './vocabularies'

const ALLOWED_OTHERS = new Set(['README.md', '.gitkeep'])

export function loadEvents(dir: string, problems: Problems, gaps = new Gaps()): Located<EventInput>[] {
  const eventsDir = path.join(dir, 'events')
  const folder = readFolder(eventsDir)
  const names = 'names' in folder ? folder.names : undefined
  if (!names) {
    problems.error(eventsDir, 'reason' in folder ? folder.reason : 'the events folder is missing')
    return []
  }
  const events: Located<EventInput>[] = []
  for (const name of names) {
    const file = path.join(eventsDir, name)
    if (name.endsWith('.yaml')) {
      events.push(...loadList(file, 'events', eventsFileSchema, eventInputSchema, problems, gaps))
    } else if (!ALLOWED_OTHERS.has(name)) problems.error(file, 'unexpected file in events/ (expected *.yaml)')
  }
  return events
}
