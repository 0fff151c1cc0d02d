/**
 * A light strip of every slide's interval on one axis (their union: a few hundred bars at most, whatever the
 * number of slides), the current one drawn over them, with a marker that glides to it
 * (a CSS transition, switched off under prefers-reduced-motion). Deliberately not a vis-timeline: it is
 * a picture of position, redrawn from props, with nothing to pan or zoom.
 */
import { useMemo } from 'react'
import { dayNumberFromIso } from '../../model'
import type { T } from '../../lib/i18n'
import type { Slide } from './slides'

const MIN_WIDTH = 0.5

interface Bar {
  /** Percent of the strip's width. */
  left: number
  width: number
}

export interface StripScale {
  /** Every slide's interval, in slide order. */
  intervals: Bar[]
  /**
   * What is drawn: the union of the intervals in time order. Overlapping bars of one colour look the same as
   * their union, which is at most 100 / MIN_WIDTH bars however many slides there are.
   */
  bars: Bar[]
  firstYear: string
  lastYear: string
}

export interface StripGeometry extends StripScale {
  /** The current slide's interval, drawn over the others. */
  current: Bar
  /** The centre of the current slide's interval, percent. */
  marker: number
}

/** Whole days: the strip needs no finer scale. */
const time = dayNumberFromIso

/** Pure geometry of all the slides, from the first start to the end of the last day, in percent. */
export function stripScale(slides: readonly Slide[]): StripScale {
  let min = Infinity
  let max = -Infinity
  let firstIso = ''
  let lastIso = ''
  for (const { event } of slides) {
    const start = time(event.start)
    const end = time(event.end) + 1
    if (start < min) [min, firstIso] = [start, event.start]
    if (end > max) [max, lastIso] = [end, event.end]
  }
  const span = Math.max(max - min, 1)
  const percent = (ms: number) => ((ms - min) / span) * 100
  const intervals = slides.map(({ event }) => {
    const start = percent(time(event.start))
    // A single day is too thin to see: every bar is at least half a percent wide, and stays inside the strip.
    const width = Math.max(percent(time(event.end) + 1) - start, MIN_WIDTH)
    return { left: Math.min(start, 100 - width), width }
  })
  const bars: Bar[] = []
  for (const bar of [...intervals].sort((a, b) => a.left - b.left)) {
    const last = bars.at(-1)
    if (last && bar.left <= last.left + last.width) last.width = Math.max(last.width, bar.left + bar.width - last.left)
    else bars.push({ ...bar })
  }
  return { intervals, bars, firstYear: firstIso.slice(0, 4), lastYear: lastIso.slice(0, 4) }
}

export function stripGeometry(slides: readonly Slide[], index: number, scale = stripScale(slides)): StripGeometry {
  const current = scale.intervals[index] ?? { left: 0, width: 0 }
  return { ...scale, current, marker: Math.min(current.left + current.width / 2, 100) }
}

export function TimelineStrip({ slides, index, t }: { slides: readonly Slide[]; index: number; t: T }) {
  // Once per set of slides: stepping through them only moves the current bar and the marker.
  const scale = useMemo(() => stripScale(slides), [slides])
  if (slides.length === 0) return null
  const { bars, current, marker, firstYear, lastYear } = stripGeometry(slides, index, scale)
  return (
    <div className="present-strip" role="img" aria-label={t('present.strip')}>
      <div className="present-strip__track">
        {bars.map((bar) => (
          <span
            key={bar.left}
            className="present-strip__bar"
            style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
          />
        ))}
        <span
          className="present-strip__bar present-strip__bar--current"
          style={{ left: `${current.left}%`, width: `${current.width}%` }}
        />
        <span className="present-strip__marker" data-testid="strip-marker" style={{ left: `${marker}%` }} />
      </div>
      <span className="present-strip__year present-strip__year--first">{firstYear}</span>
      <span className="present-strip__year present-strip__year--last">{lastYear}</span>
    </div>
  )
}
