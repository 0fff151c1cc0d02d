/**
 * A light strip of every slide's interval on one axis, with a marker that glides to the current event
 * (a CSS transition, switched off under prefers-reduced-motion). Deliberately not a vis-timeline: it is
 * a picture of position, redrawn from props, with nothing to pan or zoom.
 */
import type { PresentT } from './i18n'
import type { Slide } from './slides'

const DAY_MS = 86_400_000
const MIN_WIDTH = 0.5

export interface StripGeometry {
  /** Percent of the strip's width, per slide. */
  bars: { left: number; width: number }[]
  /** The centre of the current slide's interval, percent. */
  marker: number
  firstYear: string
  lastYear: string
}

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

/** Pure geometry: the intervals from the first start to the end of the last day, in percent. */
export function stripGeometry(slides: readonly Slide[], index: number): StripGeometry {
  const starts = slides.map((s) => time(s.event.start))
  const ends = slides.map((s) => time(s.event.end) + DAY_MS)
  const min = Math.min(...starts)
  const span = Math.max(Math.max(...ends) - min, DAY_MS)
  const percent = (ms: number) => ((ms - min) / span) * 100
  const bars = slides.map((_, i) => {
    const start = percent(starts[i] ?? min)
    // A single day is too thin to see: every bar is at least half a percent wide, and stays inside the strip.
    const width = Math.max(percent(ends[i] ?? min) - start, MIN_WIDTH)
    return { left: Math.min(start, 100 - width), width }
  })
  const current = bars[index] ?? { left: 0, width: 0 }
  const sortedStarts = slides.map((s) => s.event.start).sort()
  const sortedEnds = slides.map((s) => s.event.end).sort()
  return {
    bars,
    marker: Math.min(current.left + current.width / 2, 100),
    firstYear: sortedStarts[0]?.slice(0, 4) ?? '',
    lastYear: sortedEnds.at(-1)?.slice(0, 4) ?? '',
  }
}

export function TimelineStrip({ slides, index, t }: { slides: readonly Slide[]; index: number; t: PresentT }) {
  if (slides.length === 0) return null
  const { bars, marker, firstYear, lastYear } = stripGeometry(slides, index)
  return (
    <div className="present-strip" role="img" aria-label={t('present.strip')}>
      <div className="present-strip__track">
        {bars.map((bar, i) => (
          <span
            key={slides[i]?.event.id ?? i}
            className={i === index ? 'present-strip__bar present-strip__bar--current' : 'present-strip__bar'}
            style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
          />
        ))}
        <span className="present-strip__marker" data-testid="strip-marker" style={{ left: `${marker}%` }} />
      </div>
      <span className="present-strip__year present-strip__year--first">{firstYear}</span>
      <span className="present-strip__year present-strip__year--last">{lastYear}</span>
    </div>
  )
}
