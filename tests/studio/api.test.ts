import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startStudio, type Studio } from '../../src/studio/server/app'
import { dataCopy, EVENT } from './folder'

const TOKEN = 'e'.repeat(48)
/** What the tests read of an answer (JSON, loosely typed on purpose: the tests check its shape). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers' shapes are what is under test
type Answer = Record<string, any>
let studio: Studio | undefined
afterEach(() => studio?.close())

async function open(): Promise<{ dir: string; post: (route: string, body?: unknown) => Promise<[number, Answer]> }> {
  const dir = dataCopy()
  studio = await startStudio({ dataDir: dir, port: 0, token: TOKEN, web: false })
  const base = `http://127.0.0.1:${studio.port}`
  const post = async (route: string, body: unknown = {}): Promise<[number, Answer]> => {
    const response = await fetch(base + route, {
      method: 'POST',
      headers: { 'x-studio-token': TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return [response.status, await response.json()]
  }
  return { dir, post }
}

const DOCUMENT = {
  text: 'On 6 May 2016 the leaders met in Sochi.',
  id: 'mofa-2016-05-06-en',
  published: '2016-05-06',
  language: 'en',
  titleEn: 'Summit in Sochi',
  titleRu: 'Встреча в Сочи',
}

describe('the studio API', () => {
  it('saves a document and answers with every problem of the folder, with file, line and field', async () => {
    const { post } = await open()
    const [status, body] = await post('/api/documents', DOCUMENT)
    expect(status).toBe(200)
    expect(body.files).toEqual(['sources/mofa-2016-05-06-en.txt', 'sources/mofa-2016-05-06-en.meta.yaml'])
    // The new text's date is cited by no event yet: the checks say so, about that file.
    expect(body.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', file: 'sources/mofa-2016-05-06-en.txt' }),
    )
    const [again, refused] = await post('/api/documents', DOCUMENT)
    expect(again).toBe(400)
    expect(refused.fields).toEqual([
      { field: 'id', message: 'a document with the id mofa-2016-05-06-en already exists' },
    ])
  })

  it('refuses ids that would name a path outside the data folder, writing nothing', async () => {
    const { dir, post } = await open()
    const [status, body] = await post('/api/documents', { ...DOCUMENT, id: '../../escaped' })
    expect(status).toBe(400)
    expect(body.fields[0].field).toBe('id')
    const [eventStatus, eventBody] = await post('/api/events', {
      event: { id: '../x', date: '../../2017' },
      expected: null,
    })
    expect(eventStatus).toBe(400)
    expect(eventBody.fields.map((f: { field: string }) => f.field)).toContain('id')
    expect(fs.readdirSync(path.dirname(dir))).toEqual(['data'])
  })

  it('saves an event, reports the problem of its quote at its field path, and undoes the save', async () => {
    const { dir, post } = await open()
    const file = path.join(dir, 'events/2017.yaml')
    const before = fs.readFileSync(file, 'utf8')
    const state = await (await fetch(`http://127.0.0.1:${studio!.port}/api/state?token=${TOKEN}`)).json()
    // The events' ids, for the page's suggested id to avoid.
    expect(state.events).toEqual(['2017-12-working-groups', '2019-05-31-kono-lavrov-tokyo', '2019-06-summit'])
    const event = {
      ...EVENT,
      sources: [{ document: 'news-2017-en', quote: 'a sentence the document does not hold', translation: 'фраза' }],
    }
    const [status, body] = await post('/api/events', { event, expected: state.eventFiles['events/2017.yaml'] })
    expect(status).toBe(200)
    expect(body).toMatchObject({ path: 'events/2017.yaml', index: 1 })
    expect(body.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'events/2017.yaml', field: 'events[1].sources[0].quote' }),
    )
    const [stale] = await post('/api/events', {
      event: { ...event, id: 'other' },
      expected: state.eventFiles['events/2017.yaml'],
    })
    expect(stale).toBe(409)
    const [undone, undo] = await post('/api/undo')
    expect(undone).toBe(200)
    expect(undo.files).toEqual(['events/2017.yaml'])
    expect(fs.readFileSync(file, 'utf8')).toBe(before)
  })
})
