import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem } from '../../src/pipeline/problems'
import { loadDataFolder } from '../../src/pipeline/load-data'
import { validateStories } from '../../src/pipeline/stories'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function dataFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stories-'))
  dirs.push(dir)
  fs.mkdirSync(path.join(dir, 'stories'))
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'stories', name), text)
  return dir
}

const EVENT_IDS = ['alpha', 'bravo', 'charlie']

const story = (id: string, events: string[]) =>
  [
    'story:',
    `  id: ${id}`,
    '  title:',
    '    ru: Рассказ',
    '    en: A story',
    '  slides:',
    ...events.map((event) => `    - event: ${event}`),
    '',
  ].join('\n')

describe('validateStories', () => {
  it('reads stories in the order of their slides, with notes', () => {
    const dir = dataFolder({
      'talk.yaml': story('talk', ['charlie', 'alpha']).replace(
        '    - event: alpha',
        '    - event: alpha\n      notes:\n        en: Say this.',
      ),
    })
    const { stories, problems } = validateStories(dir, EVENT_IDS)
    expect(problems).toEqual([])
    expect(stories).toEqual([
      {
        id: 'talk',
        title: { ru: 'Рассказ', en: 'A story' },
        slides: [{ event: 'charlie' }, { event: 'alpha', notes: { en: 'Say this.' } }],
      },
    ])
  })

  it('reports an unknown event id with its file and line, and leaves that story out', () => {
    const dir = dataFolder({ 'talk.yaml': story('talk', ['alpha', 'zulu', 'bravo']) })
    const { stories, problems } = validateStories(dir, EVENT_IDS)
    expect(stories).toEqual([])
    expect(problems.map((p) => formatProblem(p, dir))).toEqual([
      'stories/talk.yaml:8: story.slides[1].event: unknown event "zulu"',
    ])
  })

  it('reports every problem at once: a repeated event, an id that is not the file name, a schema error', () => {
    const dir = dataFolder({
      'one.yaml': story('uno', ['alpha', 'bravo', 'alpha']),
      'two.yaml': 'story:\n  id: two\n  title:\n    ru: Два\n  slides: []\n',
    })
    const { stories, problems } = validateStories(dir, EVENT_IDS)
    expect(stories).toEqual([])
    expect(problems.map((p) => formatProblem(p, dir))).toEqual([
      'stories/one.yaml:2: story.id: the story id "uno" must match the file name (one)',
      'stories/one.yaml:9: story.slides[2].event: event "alpha" is already slide 1; a story shows an event once',
      'stories/two.yaml:4: story.title.en: missing the "en" text (every text needs both ru and en)',
      'stories/two.yaml:5: story.slides: a story has at least one slide',
    ])
  })

  it('has nothing to say when there is no stories folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stories-'))
    dirs.push(dir)
    expect(validateStories(dir, EVENT_IDS)).toEqual({ stories: [], problems: [] })
  })

  it('accepts the stories in data/ against the curated events', () => {
    const data = path.resolve('data')
    const { events } = loadDataFolder(data)
    const { stories, problems } = validateStories(
      data,
      events.map((e) => e.value.id),
    )
    expect(problems.map((p) => formatProblem(p))).toEqual([])
    expect(stories.map((s) => s.id)).toContain('joint-economic-activities')
  })
})
