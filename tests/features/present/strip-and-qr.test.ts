import { describe, expect, it } from 'vitest'
import { qrPath } from '../../../src/features/present/QrOverlay'
import { slidesFor } from '../../../src/features/present/slides'
import { publicUrlOf, qrTarget } from '../../../src/features/present/qr-target'
import { stripOverview, stripPeriods, stripWindow } from '../../../src/features/present/strip-scale'
import { formatElapsed } from '../../../src/features/present/PresenterClock'
import { EVENTS } from './fixture'

describe('stripWindow', () => {
  const slides = slidesFor(EVENTS, null)

  it("shows the current event's calendar year, a tick per month, the marker inside the current mark", () => {
    const view = stripWindow(slides, 1)!
    expect(view.year).toBe(2017)
    expect(view.months).toHaveLength(12)
    expect(view.months[0]).toBe(0)
    // 1 July is day 181 of 365.
    expect(view.months[6]).toBeCloseTo((181 / 365) * 100, 5)
    const current = view.marks.find((mark) => mark.current)!
    expect(view.marker).toBeGreaterThanOrEqual(current.left)
    expect(view.marker).toBeLessThanOrEqual(current.left + current.width)
    // 7 July is 187 days into the year; a one-day mark is drawn 0.6 % wide, the marker at its centre.
    expect(view.marker).toBeCloseTo((187 / 365) * 100 + 0.3, 5)
  })

  it('marks only the slides of that year, clipped to it', () => {
    const many = slidesFor(
      [
        { ...EVENTS[0]!, id: 'a', start: '2016-12-20', end: '2017-01-10' },
        { ...EVENTS[1]!, id: 'b', start: '2017-03-01', end: '2017-03-01' },
        { ...EVENTS[2]!, id: 'c', start: '2018-03-01', end: '2018-03-01' },
      ],
      null,
    )
    const view = stripWindow(many, 1)!
    expect(view.marks).toHaveLength(2)
    expect(view.marks[0]!.left).toBe(0)
    expect(view.marks[0]!.width).toBeCloseTo((10 / 365) * 100, 5)
  })

  it('moves the marker visibly between two slides a month apart', () => {
    const two = slidesFor(
      [
        { ...EVENTS[1]!, id: 'x', start: '2017-07-07', end: '2017-07-07' },
        { ...EVENTS[1]!, id: 'y', start: '2017-08-07', end: '2017-08-07' },
      ],
      null,
    )
    const moved = stripWindow(two, 1)!.marker - stripWindow(two, 0)!.marker
    expect(moved).toBeCloseTo((31 / 365) * 100, 5)
  })

  it('has nothing to show without an event on screen', () => {
    expect(stripWindow(slides, -1)).toBeNull()
    expect(stripWindow(slides, 4)).toBeNull()
  })
})

describe('stripOverview', () => {
  const at = (start: string, end = start) => ({ ...EVENTS[0]!, id: start, start, end })

  it('joins consecutive years into runs and cuts the empty stretches between them to a fixed break', () => {
    const slides = slidesFor(
      [at('1945-08-15'), at('1956-10-19'), at('2016-05-06'), at('2017-07-07'), at('2019-01-22')],
      null,
    )
    const { segments, current } = stripOverview(slides, 2017)
    expect(segments.map((s) => [s.from, s.to])).toEqual([
      [1945, 1945],
      [1956, 1956],
      [2016, 2017],
      [2019, 2019],
    ])
    // 5 years and 3 breaks of 0.7 year: the 60 empty years take 0.7 / 7.1 of the width, not 60 / 75.
    expect(segments[0]!.width).toBeCloseTo(100 / 7.1, 5)
    expect(segments[1]!.left - segments[0]!.width).toBeCloseTo((0.7 * 100) / 7.1, 5)
    expect(segments.at(-1)!.left + segments.at(-1)!.width).toBeCloseTo(100, 5)
    expect(current.left).toBeCloseTo(segments[2]!.left + 100 / 7.1, 5)
  })

  it('does not fill a long interval with years', () => {
    const { segments } = stripOverview(slidesFor([at('1945-01-01', '1991-12-31')], null), 1945)
    expect(segments.map((s) => [s.from, s.to])).toEqual([
      [1945, 1945],
      [1991, 1991],
    ])
  })
})

describe('qrTarget', () => {
  const PUBLIC = 'https://example.org/russia-japan/'

  it.each([
    'file:///home/me/timeline.html?present=3',
    'http://localhost:4173/?present=3',
    'http://127.0.0.1:4173/?present=3',
    'http://10.1.2.3/?present=3',
    'http://172.16.0.9/?present=3',
    'http://172.31.255.1/?present=3',
    'http://192.168.1.20:8080/?present=3',
    'http://[::1]:4173/?present=3',
  ])('from %s carries the public address with the view', (page) => {
    expect(qrTarget(page, PUBLIC)).toBe('https://example.org/russia-japan/?present=3')
    expect(qrTarget(page, undefined)).toBeNull()
  })

  it('keeps an address a phone can reach, and drops presenter=1 from a public one', () => {
    expect(qrTarget('https://timeline.example.com/?event=a', PUBLIC)).toBe('https://timeline.example.com/?event=a')
    expect(qrTarget('http://172.32.0.1/?x=1', undefined)).toBe('http://172.32.0.1/?x=1')
    expect(qrTarget('file:///t.html?present=2&presenter=1', PUBLIC)).toBe('https://example.org/russia-japan/?present=2')
  })

  it('reads publicUrl from the dataset only when it is an http(s) address', () => {
    const meta = { title: { ru: '', en: '' } }
    expect(publicUrlOf({ meta: { ...meta, publicUrl: PUBLIC } })).toBe(PUBLIC)
    expect(publicUrlOf({ meta, publicUrl: PUBLIC })).toBe(PUBLIC)
    expect(publicUrlOf({ meta: { ...meta, publicUrl: 'javascript:alert(1)' } })).toBeUndefined()
    expect(publicUrlOf({ meta: { ...meta, publicUrl: 'not a url' } })).toBeUndefined()
    expect(publicUrlOf({ meta })).toBeUndefined()
  })
})

describe('qrPath', () => {
  it('draws a QR symbol with its quiet zone: the finder pattern starts at (4,4)', () => {
    const { d, size } = qrPath('http://127.0.0.1:4173/?event=delta')
    // A version-n symbol is 17 + 4n modules, plus 4 modules of quiet zone on each side.
    expect((size - 8 - 17) % 4).toBe(0)
    expect(d.startsWith('M4 4h1v1h-1z')).toBe(true)
    expect(d).not.toContain('M0 0')
  })

  it('encodes longer links in larger symbols', () => {
    expect(qrPath(`http://127.0.0.1/?q=${'x'.repeat(200)}`).size).toBeGreaterThan(qrPath('http://a/').size)
  })
})

describe('formatElapsed', () => {
  it('reads as hours, minutes and seconds', () => {
    expect(formatElapsed(0)).toBe('0:00:00')
    expect(formatElapsed(65_400)).toBe('0:01:05')
    expect(formatElapsed(3_725_000)).toBe('1:02:05')
    expect(formatElapsed(-5)).toBe('0:00:00')
  })
})

describe('the title slide period', () => {
  it('names years, never a day no document gives', async () => {
    const { deckPeriod } = await import('../../../src/features/present/deck')
    const slide = (start: string, end: string) => ({ event: { start, end } }) as never
    expect(deckPeriod([slide('1945-01-01', '1945-12-31'), slide('2019-06-01', '2019-08-31')])).toEqual({
      from: '1945',
      to: '2019',
    })
    expect(deckPeriod([])).toBeNull()
  })
})

describe('stripPeriods', () => {
  const slides = slidesFor(EVENTS, null)
  const period = (id: string, startDay: string, endDay: string) => ({ id, startDay, endDay, label: id })

  it("draws the periods touching the slide's year across it, the slide's own ones marked current", () => {
    const year = Number(slides[1]!.event.start.slice(0, 4))
    const bands = stripPeriods(
      [
        period('whole', '2012-12-26', '2020-09-16'),
        period('before', `${year}-01-01`, `${year}-01-31`),
        period('other-year', '1945-01-01', '1956-12-31'),
      ],
      slides,
      1,
    )
    expect(bands.map((band) => [band.id, band.current])).toEqual([
      ['whole', true],
      ['before', false],
    ])
    expect(bands[0]).toMatchObject({ left: 0, width: 100 })
    expect(bands[1]!.width).toBeCloseTo((31 / 365) * 100, 5)
  })

  it('has nothing for a slide that is not an event', () => {
    expect(stripPeriods([period('whole', '2012-12-26', '2020-09-16')], slides, -1)).toEqual([])
  })
})
