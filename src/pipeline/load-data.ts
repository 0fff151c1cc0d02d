/**
 * Loading and validating a whole data folder, for the pipeline and for other tools (the bench
 * generator, the suggest tool): every problem is collected, nothing is thrown.
 */
import type { EventInput } from '../model/schema'
import { loadEvents } from './events'
import { checkMedia, type CheckedMedia } from './media'
import { Problems } from './problems'
import { checkDuplicates, checkReferences } from './references'
import { loadSources, type LoadedSources } from './sources'
import type { Timings } from './timings'
import { Gaps, loadVocabularies, type Located, type Vocabularies } from './vocabularies'

export interface LoadedData {
  dir: string
  vocabularies: Vocabularies
  sources: LoadedSources
  events: Located<EventInput>[]
  /** What could not be loaded: checks that depend on it are skipped rather than reported again. */
  gaps: Gaps
  /** Media files that exist and are images, by their path in the data folder. */
  media: Map<string, CheckedMedia>
  problems: Problems
}

export function loadDataFolder(dir: string, timings?: Timings): LoadedData {
  const problems = new Problems()
  const gaps = new Gaps()
  const vocabularies = loadVocabularies(dir, problems, gaps)
  timings?.mark('load vocabularies')
  const sources = loadSources(dir, problems)
  timings?.mark('load sources')
  const events = loadEvents(dir, problems, gaps)
  timings?.mark('load events')
  checkDuplicates('topic', vocabularies.topics, problems)
  checkDuplicates('kind', vocabularies.kinds, problems)
  checkDuplicates('person', vocabularies.people, problems)
  checkDuplicates('place', vocabularies.places, problems)
  checkDuplicates('period', vocabularies.periods, problems)
  checkDuplicates('event', events, problems)
  checkReferences(vocabularies, sources, events, gaps, problems)
  const media = checkMedia(dir, events, problems)
  timings?.mark('check references')
  return { dir, vocabularies, sources, events, gaps, media, problems }
}
