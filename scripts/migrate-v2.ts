/**
 * `npm run data:migrate -- [DIR]` (default `TIMELINE_DATA` or data/): moves a version 1 data folder to version 2
 * (docs/decisions/0015-data-contract-v2.md). Version 1 had the event kinds built into the code and their labels in
 * locales/; version 2 reads them from the folder's `kinds.yaml`. The migration:
 * - writes `kinds.yaml` with the eleven kinds version 1 had built in (when the folder has none),
 * - adds `schemaVersion: 2` and `language: en` to `dataset.yaml` (its comments and order kept).
 * Everything else of version 1 is valid version 2. It then says what to run: `npm run data -- --strict`, which
 * reports what the new checks find (untranslated texts, likely duplicates, quotes whose dates differ from their
 * event: each says how to fix it, e.g. a `dateNote` or `distinctFrom` with a reason).
 */
import fs from 'node:fs'
import path from 'node:path'
import { SCHEMA_VERSION } from '../src/model/schema'

/** The kinds version 1 had built in (src/model/constants.ts), with their labels from locales/ of version 1. */
export const VERSION_1_KINDS: [id: string, ru: string, en: string][] = [
  ['summit', 'Встреча на высшем уровне', 'Summit'],
  ['meeting', 'Встреча', 'Meeting'],
  ['working-group', 'Рабочая группа', 'Working group'],
  ['consultation', 'Консультации', 'Consultation'],
  ['negotiations', 'Переговоры', 'Negotiations'],
  ['agreement', 'Договорённость', 'Agreement'],
  ['humanitarian', 'Гуманитарная мера', 'Humanitarian measure'],
  ['visit', 'Визит', 'Visit'],
  ['announcement', 'Заявление', 'Announcement'],
  ['position', 'Позиция', 'Position'],
  ['historical', 'Историческое событие', 'Historical event'],
]

/** The same kinds as records, as a built dataset carries them (for fixtures). */
export const version1KindRecords = () => VERSION_1_KINDS.map(([id, ru, en]) => ({ id, label: { ru, en } }))

export function version1Kinds(): string {
  const items = VERSION_1_KINDS.map(([id, ru, en]) => `  - id: ${id}\n    label: { ru: ${ru}, en: ${en} }\n`)
  return `# Event kinds (migrated from version 1, where they were built into the code).\nkinds:\n${items.join('')}`
}

/** What the migration changed, one line each; nothing when the folder is version 2 already. */
export function migrate(dir: string): string[] {
  const changed: string[] = []
  const info = path.join(dir, 'dataset.yaml')
  if (!fs.existsSync(info)) throw new Error(`${info} is missing: is ${dir} a data folder?`)
  let text = fs.readFileSync(info, 'utf8')
  if (!/^schemaVersion:/m.test(text)) {
    const additions = [`schemaVersion: ${SCHEMA_VERSION}`, ...(/^language:/m.test(text) ? [] : ['language: en'])]
    // After the leading comments, so a file's header stays its header.
    const lines = text.split('\n')
    const at = lines.findIndex((line) => !line.startsWith('#'))
    lines.splice(at < 0 ? lines.length : at, 0, ...additions)
    text = lines.join('\n')
    fs.writeFileSync(info, text)
    changed.push(`dataset.yaml: added ${additions.join(', ')}`)
  }
  const kinds = path.join(dir, 'kinds.yaml')
  if (!fs.existsSync(kinds)) {
    fs.writeFileSync(kinds, version1Kinds())
    changed.push('kinds.yaml: written with the kinds version 1 had built in')
  }
  return changed
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (invokedDirectly) {
  const dir = path.resolve(process.argv[2] ?? process.env.TIMELINE_DATA ?? 'data')
  const changed = migrate(dir)
  console.log(changed.length === 0 ? `${dir} is version ${SCHEMA_VERSION} already` : changed.join('\n'))
  console.log('next: npm run data -- --strict (it lists what the new checks find, each with how to fix it)')
}
