/** `events/*.yaml`: each file holds a list under `events`. */
import fs from 'node:fs'
import path from 'node:path'
import { eventInputSchema, eventsFileSchema, type EventInput } from '../model/schema'
import type { Problems } from './problems'
import { loadList, type Located } from './vocabularies'
import { startReadingYaml, type PendingYaml } from './yaml-pool'

const ALLOWED_OTHERS = new Set(['README.md', '.gitkeep'])

export interface EventFiles {
  dir: string
  /** The folder's entries, sorted; undefined when it is missing. */
  names: string[] | undefined
  pending: PendingYaml
}

/** Lists `events/` and starts reading its YAML files (on a worker thread when large): see `yaml-pool.ts`. */
export function startLoadingEvents(dir: string): EventFiles {
  const eventsDir = path.join(dir, 'events')
  const names = fs.existsSync(eventsDir) ? fs.readdirSync(eventsDir).sort() : undefined
  const yaml = (names ?? []).filter((name) => name.endsWith('.yaml')).map((name) => path.join(eventsDir, name))
  return { dir: eventsDir, names, pending: startReadingYaml(yaml) }
}

export function loadEvents(dir: string, problems: Problems, started = startLoadingEvents(dir)): Located<EventInput>[] {
  const { dir: eventsDir, names } = started
  if (!names) {
    problems.error(eventsDir, 'the events folder is missing')
    return []
  }
  const parsed = new Map(started.pending.results().map((file) => [file.file, file]))
  const events: Located<EventInput>[] = []
  for (const name of names) {
    const file = path.join(eventsDir, name)
    if (name.endsWith('.yaml')) {
      events.push(...loadList(file, 'events', eventsFileSchema, eventInputSchema, problems, parsed.get(file)))
    } else if (!ALLOWED_OTHERS.has(name)) problems.error(file, 'unexpected file in events/ (expected *.yaml)')
  }
  return events
}
