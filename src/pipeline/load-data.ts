/**
 * Loading and validating a whole data folder, for the pipeline and for other tools (the bench
 * generator, the suggest tool): every problem is collected, nothing is thrown.
 */
import type { EventInput } from '../model/schema'
import { loadEvents } from './events'
import { Problems } from './problems'
import { checkDuplicates, checkReferences } from './references'
import { loadSources, type LoadedSources } from './sources'
import type { Timings } from './timings'
import { loadVocabularies, type Located, type Vocabularies } from './vocabularies'

export interface LoadedData {
  dir: string
  vocabularies: Vocabularies
  sources: LoadedSources
  events: Located<EventInput>[]
  problems: Problems
}

export function loadDataFolder(dir: string, timings?: Timings): LoadedData {
  const problems = new Problems()
  const vocabularies = loadVocabularies(dir, problems)
  timings?.mark('load vocabularies')
  const sources = loadSources(dir, problems)
  timings?.mark('load sources')
  const events = loadEvents(dir, problems)
  timings?.mark('load events')
  // Extension point: further sections of a data folder (e.g. `stories/*.yaml`) load here, each
  // validated against its schema in src/model and cross-checked in references.ts.
  checkDuplicates('topic', vocabularies.topics, problems)
  checkDuplicates('person', vocabularies.people, problems)
  checkDuplicates('place', vocabularies.places, problems)
  checkDuplicates('event', events, problems)
  checkReferences(vocabularies, sources, events, problems)
  timings?.mark('check references')
  return { dir, vocabularies, sources, events, problems }
}
