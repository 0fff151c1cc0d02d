/** `dataset.yaml`, `topics.yaml`, `people.yaml`, `places.yaml` at the top of a data folder. */
import path from 'node:path'
import type { z } from 'zod'
import {
  datasetInfoSchema,
  peopleFileSchema,
  personSchema,
  placeSchema,
  placesFileSchema,
  topicSchema,
  topicsFileSchema,
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

export interface Vocabularies {
  info: z.output<typeof datasetInfoSchema> | undefined
  topics: Located<Topic>[]
  people: Located<Person>[]
  places: Located<Place>[]
}

export function loadVocabularies(dir: string, problems: Problems): Vocabularies {
  const infoFile = requiredYaml(path.join(dir, 'dataset.yaml'), problems)
  const info = infoFile && validate(datasetInfoSchema, infoFile.data, infoFile, problems)
  return {
    info,
    topics: loadList(path.join(dir, 'topics.yaml'), 'topics', topicsFileSchema, topicSchema, problems),
    people: loadList(path.join(dir, 'people.yaml'), 'people', peopleFileSchema, personSchema, problems),
    places: loadList(path.join(dir, 'places.yaml'), 'places', placesFileSchema, placeSchema, problems),
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
): Located<z.output<T>>[] {
  const yaml = requiredYaml(file, problems)
  if (!yaml) return []
  const list = validate(fileSchema, yaml.data, yaml, problems)?.[key]
  if (!list) return []
  const items: Located<z.output<T>>[] = []
  list.forEach((item, index) => {
    const itemPath = [key, index]
    const value = validate(itemSchema, item, yaml, problems, itemPath)
    if (value !== undefined) items.push({ value, file: yaml, path: itemPath })
  })
  return items
}
