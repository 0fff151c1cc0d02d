/** What the forms need from the folder: the events files with the SHA-256 each save must carry, and the ids. */
import fs from 'node:fs'
import YAML from 'yaml'
import type { FolderState, NamedItem } from '../shared/answers'
import type { DataFolder } from './write'

export function folderState(folder: DataFolder): FolderState {
  const eventFiles: Record<string, string> = {}
  for (const name of list(folder, 'events')) {
    if (name.endsWith('.yaml')) eventFiles[`events/${name}`] = folder.read(`events/${name}`).sha256
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
    documents,
    topics: ids(folder, 'topics'),
    kinds: ids(folder, 'kinds'),
    people: named(folder, 'people'),
    places: named(folder, 'places'),
  }
}

function list(folder: DataFolder, dir: string): string[] {
  const absolute = folder.resolve(dir)
  return fs.existsSync(absolute) ? fs.readdirSync(absolute).sort() : []
}

function named(folder: DataFolder, name: 'people' | 'places'): NamedItem[] {
  return items(folder, name).flatMap((item) => {
    const value = item as { id?: unknown; name?: { en?: unknown; ru?: unknown } } | null
    const { en, ru } = value?.name ?? {}
    return typeof value?.id === 'string' && typeof en === 'string' && typeof ru === 'string'
      ? [{ id: value.id, name: { en, ru } }]
      : []
  })
}

function ids(folder: DataFolder, name: 'topics' | 'kinds'): string[] {
  return items(folder, name).flatMap((item) => (typeof item?.id === 'string' ? [item.id] : []))
}

function items(folder: DataFolder, name: string): ({ id?: unknown } | null)[] {
  if (!folder.exists(`${name}.yaml`)) return []
  try {
    const value = YAML.parse(folder.read(`${name}.yaml`).bytes.toString('utf8')) as Record<string, unknown> | null
    const items = value?.[name]
    return Array.isArray(items) ? (items as ({ id?: unknown } | null)[]) : []
  } catch {
    return [] // The checks report the broken file; the form then offers no choice.
  }
}
