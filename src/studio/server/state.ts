/** What the forms need from the folder: the files with the SHA-256 each save must carry, and the ids. */
import fs from 'node:fs'
import YAML from 'yaml'
import type { FolderState, NamedItem } from '../shared/answers'
import type { DataFolder } from './write'

export function folderState(folder: DataFolder): FolderState {
  const eventFiles: Record<string, string> = {}
  const events: string[] = []
  for (const name of list(folder, 'events')) {
    if (!name.endsWith('.yaml')) continue
    eventFiles[`events/${name}`] = folder.read(`events/${name}`).sha256
    events.push(...ids(folder, `events/${name}`, 'events'))
  }
  const documents = list(folder, 'sources')
    .filter((name) => name.endsWith('.meta.yaml'))
    .map((name) => name.slice(0, -'.meta.yaml'.length))
  const vocabularyFiles: Record<string, string> = {}
  for (const name of ['people', 'places', 'topics', 'kinds']) {
    if (folder.exists(`${name}.yaml`)) vocabularyFiles[`${name}.yaml`] = folder.read(`${name}.yaml`).sha256
  }
  return {
    eventFiles,
    vocabularyFiles,
    events,
    documents,
    topics: ids(folder, 'topics.yaml', 'topics'),
    kinds: ids(folder, 'kinds.yaml', 'kinds'),
    people: named(folder, 'people'),
    places: named(folder, 'places'),
  }
}

function list(folder: DataFolder, dir: string): string[] {
  const absolute = folder.resolve(dir)
  return fs.existsSync(absolute) ? fs.readdirSync(absolute).sort() : []
}

function named(folder: DataFolder, name: 'people' | 'places'): NamedItem[] {
  return items(folder, `${name}.yaml`, name).flatMap((item) => {
    const value = item as { id?: unknown; name?: { en?: unknown; ru?: unknown } } | null
    const { en, ru } = value?.name ?? {}
    return typeof value?.id === 'string' && typeof en === 'string' && typeof ru === 'string'
      ? [{ id: value.id, name: { en, ru } }]
      : []
  })
}

function ids(folder: DataFolder, file: string, key: string): string[] {
  return items(folder, file, key).flatMap((item) => (typeof item?.id === 'string' ? [item.id] : []))
}

/** The items listed under `key` in a YAML file of the folder. */
function items(folder: DataFolder, file: string, key: string): ({ id?: unknown } | null)[] {
  if (!folder.exists(file)) return []
  try {
    const value = YAML.parse(folder.read(file).bytes.toString('utf8')) as Record<string, unknown> | null
    const items = value?.[key]
    return Array.isArray(items) ? (items as ({ id?: unknown } | null)[]) : []
  } catch {
    return [] // The checks report the broken file; the form then offers no choice.
  }
}
