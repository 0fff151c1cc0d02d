/**
 * Where the slide on screen sits in time: its year with a tick per month and the year's other slides as
 * marks, and beside it a small overview of every year the slides touch, long empty stretches cut short. The
 * marker glides (a CSS transition, off under prefers-reduced-motion). A picture of position, redrawn from props.
 */
import { Fragment } from 'react'
import type { Language } from '../../model'
import type { T } from '../../lib/i18n'
import type { Slide } from './slides'
import { stripOverview, stripPeriods, stripWindow, type PeriodDays } from './strip-scale'

function monthNames(lang: Language): string[] {
  const format = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' })
  return Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2001, m, 1)))
}

export interface TimelineStripProps {
  slides: readonly Slide[]
  /** 0-based among the events. */
  index: number
  t: T
  lang: Language
  /** The dataset's periods (eras), labelled in the slide language: bands across the year, the current ones named. */
  periods?: readonly PeriodDays[]
}

export function TimelineStrip({ slides, index, t, lang, periods = [] }: TimelineStripProps) {
  // A few dozen numbers and twelve names per render: cheaper than remembering them.
  const view = stripWindow(slides, index)
  if (!view) return null
  const names = monthNames(lang)
  const overview = stripOverview(slides, view.year)
  const bands = stripPeriods(periods, slides, index)
  const current = bands.filter((band) => band.current)
  const named =
    current.length === 0
      ? null
      : t('present.stripPeriods', { count: current.length, names: current.map((band) => band.label).join(' · ') })
  const label = [t('present.strip', { year: view.year, count: view.marks.length }), named].filter(Boolean).join('. ')
  return (
    <div className="present-strip" role="img" aria-label={label}>
      <div className="present-strip__overview" aria-hidden="true">
        <div className="present-strip__overview-track">
          {overview.segments.map((segment) => (
            <span
              key={segment.from}
              className="present-strip__segment"
              style={{ left: `${segment.left}%`, width: `${segment.width}%` }}
            />
          ))}
          <span
            className="present-strip__segment present-strip__segment--current"
            style={{ left: `${overview.current.left}%`, width: `${overview.current.width}%` }}
          />
        </div>
        <span className="present-strip__overview-label">
          {overview.segments.map((s, i) => (
            <Fragment key={s.from}>
              {i > 0 && ' · '}
              <span className="present-strip__run">{s.from === s.to ? s.from : `${s.from}–${s.to}`}</span>
            </Fragment>
          ))}
        </span>
      </div>
      <div className="present-strip__window" aria-hidden="true">
        <div className="present-strip__track">
          {bands.map((band) => (
            <span
              key={band.id}
              className={
                band.current ? 'present-strip__period present-strip__period--current' : 'present-strip__period'
              }
              style={{ left: `${band.left}%`, width: `${band.width}%` }}
            />
          ))}
          {view.marks.map((mark, i) => (
            <span
              key={i}
              className={mark.current ? 'present-strip__mark present-strip__mark--current' : 'present-strip__mark'}
              style={{ left: `${mark.left}%`, width: `${mark.width}%` }}
            />
          ))}
          <span className="present-strip__marker" data-testid="strip-marker" style={{ left: `${view.marker}%` }} />
        </div>
        <div className="present-strip__ticks">
          {view.months.map((at, m) => (
            <span
              key={m}
              className={m === 0 ? 'present-strip__tick present-strip__tick--year' : 'present-strip__tick'}
              style={{ left: `${at}%` }}
            >
              {m === 0 ? view.year : names[m]}
            </span>
          ))}
        </div>
        {named && <p className="present-strip__periods">{named}</p>}
      </div>
    </div>
  )
}
