import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import offlineEn from '../../../locales/en.json'
import { ExportMenu, toCsv, toICalendar, toJson } from '../../../src/features/export'
import { DATASET, EVENTS } from '../fixtures/dataset'

/** jsdom's Blob has no text() or arrayBuffer(); FileReader it has. */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
}

/** UTF-8 text of a blob; TextDecoder drops the byte order mark, whose bytes are checked separately. */
const blobText = async (blob: Blob) => new TextDecoder().decode(await blobBytes(blob))

function renderMenu(events = EVENTS) {
  const i18n = i18next.createInstance()
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: offlineEn } },
    lng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return render(
    <I18nextProvider i18n={i18n}>
      <ExportMenu events={events} dataset={DATASET} lang="en" />
    </I18nextProvider>,
  )
}

/** What the menu handed to URL.createObjectURL and which file name the link asked for. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(), revokeObjectURL: vi.fn() }))
  vi.mocked(URL.createObjectURL).mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! })
  })
  return saved
}

describe('<ExportMenu>', () => {
  let saved: ReturnType<typeof captureDownloads>
  beforeEach(() => {
    saved = captureDownloads()
  })
  afterEach(() => {
    cleanup()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('saves the events shown as CSV (with a byte order mark), JSON and iCalendar files', async () => {
    const user = userEvent.setup()
    renderMenu()
    await user.click(screen.getByRole('button', { name: 'CSV' }))
    await user.click(screen.getByRole('button', { name: 'JSON' }))
    await user.click(screen.getByRole('button', { name: 'Calendar (.ics)' }))

    expect(saved.map((file) => file.name)).toEqual([
      'timeline-events.csv',
      'timeline-events.json',
      'timeline-events.ics',
    ])
    const [csv, json, ics] = await Promise.all(saved.map((file) => blobText(file.blob)))
    expect(csv).toBe(toCsv(EVENTS, DATASET))
    expect((await blobBytes(saved[0]!.blob)).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(json).toBe(toJson(EVENTS, DATASET))
    expect(ics).toBe(toICalendar(EVENTS, 'en'))
    expect(saved[2]!.blob.type).toBe('text/calendar;charset=utf-8')
  })

  it('saves the events shown as a TimelineJS3 timeline in the language shown, one slide each', async () => {
    const user = userEvent.setup()
    renderMenu([EVENTS[0]!, EVENTS[1]!])
    await user.click(screen.getByRole('button', { name: 'TimelineJS3' }))
    expect(saved.map((file) => file.name)).toEqual(['timeline-events.timelinejs.en.json'])
    const timeline = JSON.parse(await blobText(saved[0]!.blob)) as {
      events: { unique_id: string; text: { headline: string } }[]
    }
    expect(timeline.events.map((slide) => slide.unique_id)).toEqual([EVENTS[0]!.id, EVENTS[1]!.id])
    expect(timeline.events[0]!.text.headline).not.toMatch(/[<>]/)
  })

  it('exports only the events it is given', async () => {
    const user = userEvent.setup()
    renderMenu([EVENTS[1]!])
    await user.click(screen.getByRole('button', { name: 'JSON' }))
    const json = JSON.parse(await blobText(saved[0]!.blob)) as { events: { id: string }[] }
    expect(json.events.map((event) => event.id)).toEqual([EVENTS[1]!.id])
  })

  it('disables the calendar when no event shown has an exact day', () => {
    renderMenu(EVENTS.filter((event) => !/^\d{4}-\d{2}-\d{2}$/.test(event.date)))
    expect(screen.getByRole('button', { name: 'Calendar (.ics)' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'CSV' })).toBeEnabled()
  })
})
