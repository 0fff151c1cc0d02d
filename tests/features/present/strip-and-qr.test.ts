import { describe, expect, it } from 'vitest'
import { qrPath } from '../../../src/features/present/QrOverlay'
import { slidesFor } from '../../../src/features/present/slides'
import { stripGeometry } from '../../../src/features/present/TimelineStrip'
import { formatElapsed } from '../../../src/features/present/PresenterClock'
import { EVENTS } from './fixture'

describe('stripGeometry', () => {
  const slides = slidesFor(EVENTS, null)

  it('places the first interval at the left edge and the last one ending at the right edge', () => {
    const { bars, firstYear, lastYear } = stripGeometry(slides, 0)
    expect(bars[0]?.left).toBe(0)
    const last = bars.at(-1)!
    expect(last.left + last.width).toBeCloseTo(100, 5)
    expect([firstYear, lastYear]).toEqual(['2016', '2019'])
  })

  it('keeps the bars in time order and puts the marker inside the current bar, which lies on a drawn bar', () => {
    for (let index = 0; index < slides.length; index++) {
      const { bars, current, marker } = stripGeometry(slides, index)
      expect(marker).toBeGreaterThanOrEqual(current.left)
      expect(marker).toBeLessThanOrEqual(current.left + current.width)
      const under = bars.find(
        (bar) => bar.left <= current.left && current.left + current.width <= bar.left + bar.width + 1e-9,
      )
      expect(under).toBeDefined()
    }
    const lefts = stripGeometry(slides, 0).bars.map((b) => b.left)
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts)
  })

  it('draws the union of the intervals: 100,000 slides make at most 200 disjoint bars covering every slide', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => slides[i % slides.length]!)
    const { bars, intervals } = stripGeometry(many, 99_999)
    expect(intervals).toHaveLength(100_000)
    expect(bars.length).toBeLessThanOrEqual(200)
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.left).toBeGreaterThan(bars[i - 1]!.left + bars[i - 1]!.width)
    for (const slide of intervals.slice(0, slides.length))
      expect(
        bars.some((bar) => bar.left <= slide.left && slide.left + slide.width <= bar.left + bar.width + 1e-9),
      ).toBe(true)
  })

  it('moves the marker right as the slides go forward in time', () => {
    const markers = slides.map((_, i) => stripGeometry(slides, i).marker)
    expect(markers[1]).toBeGreaterThan(markers[0]!)
    expect(markers[3]).toBeGreaterThan(markers[2]!)
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
