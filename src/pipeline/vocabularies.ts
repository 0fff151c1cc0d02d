/**
 * The vocabularies at the top of a data folder: `dataset.yaml`, `topics.yaml`, `kinds.yaml`, `people.yaml`,
 * `places.yaml` and the optional `periods.yaml`.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import {
  datasetInfoSchema,
  kindSchema,
  kindsFileSchema,
  peopleFileSchema,
  periodSchema,
  periodsFileSchema,
  personSchema,
  placeSchema,
  placesFileSchema,
  topicSchema,
  topicsFileSchema,
  type DatasetInfo,
  type Kind,
  type Period,
  type Person,
  type Place,
  type Topic,
} from '../model/schema'
import { notAFile } from './input-file'
import { loadYaml, type YamlFile } from './load-yaml'
import type { Problems } from './problems'
import { validate } from './validate'

export interface Located<T> {
  value: T
  file: YamlFile
  path: readonly PropertyKey[]
}

/** An item that failed its schema: kept so that what names it is not also reported, and its quotes still checked. */
export interface Broken {
  id: string | undefined
  raw: unknown
  file: YamlFile
  path: readonly PropertyKey[]
}

/**
 * What could not be loaded, per list (`events`, `topics`, ...), so that one slip is reported once: an id missing
 * because its file could not be read, or its item broke the schema, is not also an "unknown id" elsewhere.
 */
export class Gaps {
  /** Lists with a file that could not be read or parsed at all: any id of them may be in it. */
  readonly unreadable = new Set<string>()
  readonly broken = new Map<string, Broken[]>()

  /** Whether an unknown id of `list` may be a consequence of a problem already reported. */
  explains(list: string, id: string): boolean {
    return this.unreadable.has(list) || (this.broken.get(list) ?? []).some((item) => item.id === id)
  }

  brokenOf(list: string): readonly Broken[] {
    return this.broken.get(list) ?? []
  }
}

export interface Vocabularies {
  info: DatasetInfo | undefined
  /** `dataset.yaml`, for the lines of its fields. */
  infoFile: YamlFile | undefined
  topics: Located<Topic>[]
  kinds: Located<Kind>[]
  people: Located<Person>[]
  places: Located<Place>[]
  periods: Located<Period>[]
}

export function loadVocabularies(dir: string, problems: Problems, gaps = new Gaps()): Vocabularies {
  const infoFile = requiredYaml(path.join(dir, 'dataset.yaml'), problems)
  const info = infoFile && validate(datasetInfoSchema, infoFile.data, infoFile, problems)
  const list = <T extends z.ZodType>(name: string, file: z.ZodType<Record<string, unknown[]>>, item: T) =>
    loadList(path.join(dir, `${name}.yaml`), name, file, item, problems, gaps)
  const periodsFile = path.join(dir, 'periods.yaml')
  return {
    info,
    infoFile,
    topics: list('topics', topicsFileSchema, topicSchema),
    kinds: list('kinds', kindsFileSchema, kindSchema),
    people: list('people', peopleFileSchema, personSchema),
    places: list('places', placesFileSchema, placeSchema),
    // Periods are optional: a timeline without eras has no periods.yaml.
    periods: fs.existsSync(periodsFile) ? list('periods', periodsFileSchema, periodSchema) : [],
  }
}

function requiredYaml(file: string, problems: Problems): YamlFile | undefined {
  const reason = notAFile(file)
  if (reason) {
    problems.error(file, reason)
    return undefined
  }
  const yaml = loadYaml(file, problems)
  return yaml.data === undefined ? undefined : yaml
}

/** A file holding one top-level list under `key`; each item is validated on its own so all are reported. */
export function loadList<T extends z.ZodType>(
  file: string,
  key: string,
  fileSchema: z.ZodType<Record<string, unknown[]>>,
  itemSchema: T,
  problems: Problems,
  gaps = new Gaps(),
): Located<z.output<T>>[] {
  const yaml = requiredYaml(file, problems)
  const list = yaml && validate(fileSchema, yaml.data, yaml, problems)?.[key]
  if (!yaml || !list) {
    gaps.unreadable.add(key)
    return []
  }
  const items: Located<z.output<T>>[] = []
  list.forEach((item, index) => {
    const itemPath = [key, index]
    const value = validate(itemSchema, item, yaml, problems, itemPath)
    if (value !== undefined) items.push({ value, file: yaml, path: itemPath })
    else {
      const id = (item as { id?: unknown } | null)?.id
      const broken = gaps.broken.get(key) ?? []
      broken.push({ id: typeof id === 'string' ? id : undefined, raw: item, file: yaml, path: itemPath })
      gaps.broken.set(key, broken)
    }
  })
  return items
}
