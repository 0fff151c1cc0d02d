/** A temporary copy of the pipeline's good fixture folder for the studio's tests, removed after each test. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

export function dataCopy(from = 'tests/fixtures/pipeline/good'): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-studio-'))
  made.push(parent)
  const dir = path.join(parent, 'data')
  fs.cpSync(path.resolve(from), dir, { recursive: true })
  return dir
}

/** A valid event for the good fixture: its quote is in news-2017-en, its ids in the vocabularies. */
export const EVENT = {
  id: '2017-11-working-groups-formed',
  date: '2017-11-24',
  status: 'held',
  kind: 'working-group',
  title: { ru: 'Созданы две рабочие группы', en: 'Two working groups formed' },
  summary: {
    ru: 'Для изучения совместной хозяйственной деятельности созданы две рабочие группы.',
    en: 'Two working groups were formed to examine joint economic activities.',
  },
  topics: ['joint-economic-activities'],
  people: ['sergey-lavrov'],
  sources: [
    {
      document: 'news-2017-en',
      quote: 'Two working groups were formed to examine the issue of joint economic activities',
      translation: 'Для изучения вопроса о совместной хозяйственной деятельности созданы две рабочие группы',
    },
  ],
}

/**
 * The good fixture's vocabularies carry no aliases and no keywords; the studio's guesses read them. Lavrov's
 * spelling in the text ("Sergei"), the working group's and the joint activities' keywords, as data/ has them.
 */
export function withVocabularyHints(dir: string): void {
  const edit = (file: string, from: RegExp | string, to: string) => {
    const at = path.join(dir, file)
    fs.writeFileSync(at, fs.readFileSync(at, 'utf8').replace(from, to))
  }
  edit('people.yaml', 'en: Sergey Lavrov }', 'en: Sergey Lavrov }\n    aliases: [Sergei Lavrov]')
  edit('kinds.yaml', /( {2}- id: working-group\n.*\n)/, '$1    keywords: { ru: [рабоч групп], en: [working group] }\n')
  edit('topics.yaml', /( {2}- id: joint-economic-activities\n.*\n)/, '$1    keywords: { en: [joint economic] }\n')
}
