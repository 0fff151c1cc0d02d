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

  it('keeps the bars in time order and puts the marker inside the current bar', () => {
    for (let index = 0; index < slides.length; index++) {
      const { bars, marker } = stripGeometry(slides, index)
      const bar = bars[index]!
      expect(marker).toBeGreaterThanOrEqual(bar.left)
      expect(marker).toBeLessThanOrEqual(bar.left + bar.width)
    }
    const lefts = stripGeometry(slides, 0).bars.map((b) => b.left)
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts)
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
