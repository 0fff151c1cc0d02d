/**
 * The first view as static HTML, rendered at build time (src/pipeline/vite-prerender.ts loads this module in Node
 * through vite's SSR loader) into index.html, so a link without state paints before the JavaScript has loaded:
 * the real header, topic filter, detail column, legend and footer (the app's own components, so the same boxes),
 * and in place of vis-timeline a static picture of the first view's events (an ordered list, each at its date).
 * The app replaces it in place once the dataset is in (main.tsx). See docs/decisions/0024-paint-before-the-javascript.md.
 *
 * Text from documents goes through React's escaping (renderToStaticMarkup), never as raw HTML; the picture's
 * positions are numbers in a stylesheet of their own (a file of the build: no inline style for the CSP, ADR 0016).
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { dayNumberFromIso, type Dataset, type DatasetEvent, type Language } from '../model'
import { EventFiltersProvider, FilterBar } from '../features/filters'
import { HelpButton } from '../features/help'
import { NoEventSelected } from '../features/panel'
import { ThemeToggle } from '../features/theme'
import { Legend } from '../features/timeline/Legend'
import { firstView } from '../features/timeline/level-of-detail'
import { TimelineFrame } from '../features/timeline/TimelineFrame'
import { itemsOfEvent } from '../features/timeline/timeline-items'
import { outsideOf } from '../features/timeline/timeline-window'
import { topicRules } from '../features/timeline/topic-colours'
import { StaticDatasetProvider } from '../lib/data'
import { initI18n, useT } from '../lib/i18n'
import type { DayRange } from '../lib/url-state'
import { Footer } from './Footer'
import { Header } from './header/Header'
import { PRERENDERED_ATTRIBUTE } from './prerender-attribute'

export interface PrerenderedView {
  /** The markup that goes inside `<div id="root">`. */
  html: string
  /** The stylesheet of the static picture and the topic colours (a file of the build, linked from the page). */
  css: string
}

const noop = () => undefined
const SAFE_ID = /^[a-z0-9-]+$/
const SAFE_COLOUR = /^#[0-9a-f]{6}$/

interface PictureItem {
  event: DatasetEvent
  text: string
  className: string
  type: 'point' | 'range'
  /** Percent of the window's width. */
  left: number
  width: number
  /** The stacked row, from the axis down. */
  row: number
  /** How far the label may run before the next item of its row (percent), so labels never overlap. */
  room: number
}

/** A label's width as a share of a desktop timeline (~760 px, ~7.5 px a character): for stacking only. */
const REFERENCE_WIDTH = 760
const labelShare = (text: string) => ((text.length * 7.5 + 24) / REFERENCE_WIDTH) * 100

/**
 * The first view's events, each placed at its date in the window (percentages), stacked the way vis-timeline
 * stacks: each in the first row where the previous item (its mark and estimated label) has ended.
 */
function pictureItems(events: readonly DatasetEvent[], window: DayRange, lang: Language): PictureItem[] {
  const from = dayNumberFromIso(window.from)
  const days = Math.max(1, dayNumberFromIso(window.to) - from + 1)
  const percent = (iso: string) => Math.min(100, Math.max(0, ((dayNumberFromIso(iso) - from) / days) * 100))
  const rowEnds: number[] = []
  const lastInRow: PictureItem[] = []
  return events
    .filter((event) => event.start <= window.to && event.end >= window.from)
    .map((event) => {
      const item = itemsOfEvent(event, lang, null)[0]!
      const left = percent(item.start)
      const width = item.end === null ? 0 : Math.max(0.4, percent(item.end) - left)
      let row = rowEnds.findIndex((end) => end <= left)
      if (row === -1) row = rowEnds.length
      const previous = lastInRow[row]
      if (previous) previous.room = left - previous.left - 0.5
      rowEnds[row] = left + Math.max(width, labelShare(item.text)) + 1
      const placed: PictureItem = {
        event,
        text: item.text,
        className: item.className,
        type: item.type,
        left,
        width,
        row,
        room: 100 - left,
      }
      lastInRow[row] = placed
      return placed
    })
}

/** Where each new year starts inside the window, as the axis labels. */
function yearTicks(window: DayRange): { year: number; left: number }[] {
  const from = dayNumberFromIso(window.from)
  const days = Math.max(1, dayNumberFromIso(window.to) - from + 1)
  const ticks: { year: number; left: number }[] = []
  for (let year = Number(window.from.slice(0, 4)) + 1; year <= Number(window.to.slice(0, 4)); year++) {
    const start = `${String(year).padStart(4, '0')}-01-01`
    ticks.push({ year, left: ((dayNumberFromIso(start) - from) / days) * 100 })
  }
  return ticks
}

const fixed = (value: number) => Number(value.toFixed(3))
const rows = (items: PictureItem[]) => items.reduce((most, item) => Math.max(most, item.row + 1), 0)

function TimelinePicture({ items, window }: { items: PictureItem[]; window: DayRange }) {
  const { t } = useT()
  return (
    <div className="timeline timeline-picture" role="region" aria-label={t('timeline.region')}>
      <div className="timeline-picture__axis" aria-hidden="true">
        {yearTicks(window).map((tick, i) => (
          <span key={tick.year} className={`timeline-picture__tick tp-tick-${i}`}>
            {tick.year}
          </span>
        ))}
      </div>
      <ol className="timeline-picture__events">
        {items.map((item, i) => (
          <li
            key={item.event.id}
            className={`timeline-picture__event timeline-picture__event--${item.type} ${item.className} tp-${i}`}
            data-event-id={item.event.id}
          >
            <span className="timeline-picture__mark" aria-hidden="true" />
            <span className="timeline-picture__text">{item.text}</span>
          </li>
        ))}
      </ol>
    </div>
  )
}

/**
 * The static picture's rules: the box is the timeline's, the marks look like vis-timeline's (timeline.css). At
 * takeover vis-timeline is drawn behind the picture, out of the flow and unseen, until it replaces it.
 */
const ROW_HEIGHT = 33
const PICTURE_CSS = `
.timeline-picture { position: relative; overflow: hidden; }
.timeline-picture__axis { height: 48px; border-bottom: 1px solid var(--border, #ccc); }
.timeline-picture__tick { position: absolute; top: 0; bottom: 0; padding: 18px 0 0 4px; border-left: 1px solid var(--border, #ccc); }
.timeline-picture__events { list-style: none; margin: 0; padding: 0; position: relative; }
.timeline-picture__event { position: absolute; display: flex; align-items: center; gap: 4px; height: 24px; white-space: nowrap; }
.timeline-picture__text { overflow: hidden; text-overflow: ellipsis; }
.timeline-picture__mark { flex: none; width: 10px; height: 10px; border-radius: 50%; background: var(--topic-color, currentColor); }
.timeline-picture__event--range .timeline-picture__mark { height: 24px; border-radius: 0; opacity: 0.45; }
.timeline-picture > .vis-timeline { position: absolute; top: 0; left: 0; right: 0; opacity: 0; pointer-events: none; }
`

/** The picture's positions and the topic colours, as rules (numbers and checked ids only, no document text). */
function pictureCss(items: PictureItem[], window: DayRange, dataset: Dataset): string {
  const colours = dataset.topics
    .filter((topic) => SAFE_ID.test(topic.id) && SAFE_COLOUR.test(topic.color))
    .map((topic) => `--topic-color-${topic.id}: ${topic.color};`)
  const rules = [
    `:root { ${colours.join(' ')} }`,
    ...topicRules(dataset.topics),
    PICTURE_CSS.trim(),
    ...yearTicks(window).map((tick, i) => `.tp-tick-${i} { left: ${fixed(tick.left)}%; }`),
    `.timeline-picture__events { height: ${rows(items) * ROW_HEIGHT + 16}px; }`,
    ...items.map((item, i) => {
      const top = item.row * ROW_HEIGHT + 16
      const place = `.tp-${i} { top: ${top}px; left: ${fixed(item.left)}%; max-width: ${fixed(Math.max(item.room, 1))}%; }`
      return item.type === 'range'
        ? `${place} .tp-${i} .timeline-picture__mark { width: ${fixed(item.width)}%; min-width: 4px; }`
        : `${place} .tp-${i} { margin-left: -5px; }`
    }),
  ]
  return rules.join('\n')
}

/** The shell as App.tsx lays it out with no event selected, the timeline drawn as a picture. */
function FirstView({ dataset }: { dataset: Dataset }) {
  const lang = dataset.meta.language
  const window = firstView(dataset.events)
  const items = window ? pictureItems(dataset.events, window, lang) : []
  const outside = window ? outsideOf(dataset.events, window) : { before: [], after: [] }
  return (
    <div className="app" {...{ [PRERENDERED_ATTRIBUTE]: '' }} lang={lang}>
      <Header>
        <ThemeToggle theme="light" toggle={noop} />
        <HelpButton onClick={noop} />
      </Header>
      <FilterBar />
      <main className="app-main">
        <div className="app-view">
          <div className="timeline-slot">
            <TimelineFrame grouping={null} hasSelection={false} outside={outside}>
              {window && <TimelinePicture items={items} window={window} />}
            </TimelineFrame>
            <Legend />
          </div>
        </div>
        <NoEventSelected bilingual={false} />
      </main>
      <Footer />
    </div>
  )
}

/**
 * The components read the link (window.location) and the browser's language (navigator). In Node, for the
 * duration of the render, the link is one without state and the browser speaks the dataset's language.
 */
function asOpenedWithoutState<T>(lang: Language, render: () => T): T {
  const scope = globalThis as Record<string, unknown>
  const saved = { window: scope.window, navigator: scope.navigator }
  if (saved.window === undefined) scope.window = { location: { search: '', hash: '', pathname: '/', href: '/' } }
  if (saved.navigator === undefined) {
    Object.defineProperty(globalThis, 'navigator', { value: { languages: [lang], language: lang }, configurable: true })
  }
  try {
    return render()
  } finally {
    if (saved.window === undefined) delete scope.window
    if (saved.navigator === undefined) delete scope.navigator
  }
}

/** The first view of `dataset` in its default language. */
export function renderFirstView(dataset: Dataset): PrerenderedView {
  const lang = dataset.meta.language
  initI18n(lang)
  const window = firstView(dataset.events)
  const items = window ? pictureItems(dataset.events, window, lang) : []
  const html = asOpenedWithoutState(lang, () =>
    renderToStaticMarkup(
      <StaticDatasetProvider dataset={dataset}>
        <EventFiltersProvider>
          <FirstView dataset={dataset} />
        </EventFiltersProvider>
      </StaticDatasetProvider>,
    ),
  )
  return { html, css: window ? pictureCss(items, window, dataset) : '' }
}
