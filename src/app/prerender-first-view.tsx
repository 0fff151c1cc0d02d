/**
 * The first view as static HTML, rendered at build time (src/pipeline/vite-prerender.ts loads this module in Node
 * through vite's SSR loader) into index.html, so a link without state paints before the JavaScript has loaded:
 * the real header, topic filter, detail column, legend and footer (the app's own components, so the same boxes),
 * and in place of vis-timeline a static picture of the first view's events (an ordered list, each at its date).
 * The app replaces it in place once the dataset is in (main.tsx). See docs/decisions/0022-paint-before-the-javascript.md.
 *
 * Text from documents goes through React's escaping (renderToStaticMarkup), never as raw HTML; the picture's
 * positions are numbers in a stylesheet (a <style> element the build hashes into its CSP, ADR 0016).
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { dayNumberFromIso, type Dataset, type DatasetEvent, type Language } from '../model'
import { EventFiltersProvider, FilterBar } from '../features/filters'
import { HelpButton } from '../features/help'
import { NoEventSelected } from '../features/panel'
import { ThemeToggle } from '../features/theme'
import { Legend } from '../features/timeline/Legend'
import { firstView } from '../features/timeline/level-of-detail'
import { OutsideCounts } from '../features/timeline/OutsideCounts'
import { TimelineToolbar } from '../features/timeline/TimelineToolbar'
import { itemsOfEvent } from '../features/timeline/timeline-items'
import { outsideOf, yearsOf } from '../features/timeline/timeline-window'
import { topicRules } from '../features/timeline/topic-colours'
import { StaticDatasetProvider } from '../lib/data'
import { initI18n, LANGUAGE_STORAGE_KEY, useT } from '../lib/i18n'
import type { DayRange } from '../lib/url-state'
import { Footer } from './Footer'
import { Header } from './header/Header'
import { PRERENDERED_ATTRIBUTE } from './prerender-attribute'

export interface PrerenderedView {
  /** The markup that goes inside `<div id="root">`. */
  html: string
  /** The stylesheet of the static picture and the topic colours (a `<style>` element, hashed by the CSP). */
  css: string
  /** The inline script placed right after #root (hashed by the CSP): see `takeoverGuard`. */
  script: string
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
}

/** The first view's events, each placed at its date in the window (percentages), in the order of their start. */
export function pictureItems(events: readonly DatasetEvent[], window: DayRange, lang: Language): PictureItem[] {
  const from = dayNumberFromIso(window.from)
  const days = Math.max(1, dayNumberFromIso(window.to) - from + 1)
  const percent = (iso: string) => Math.min(100, Math.max(0, ((dayNumberFromIso(iso) - from) / days) * 100))
  return events
    .filter((event) => event.start <= window.to && event.end >= window.from)
    .map((event) => {
      const item = itemsOfEvent(event, lang, null)[0]!
      const left = percent(item.start)
      const width = item.end === null ? 0 : Math.max(0.4, percent(item.end) - left)
      return { event, text: item.text, className: item.className, type: item.type, left, width }
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

/** The static picture's rules: the box is the timeline's, the marks look like vis-timeline's (timeline.css). */
const PICTURE_CSS = `
.timeline-picture { position: relative; overflow: hidden; }
.timeline-picture__axis { position: relative; height: 48px; border-bottom: 1px solid var(--border, #ccc); }
.timeline-picture__tick { position: absolute; top: 0; bottom: -100vh; padding: 18px 0 0 4px; border-left: 1px solid var(--border, #ccc); }
.timeline-picture__events { list-style: none; margin: 0; padding: 16px 0; position: relative; }
.timeline-picture__event { display: flex; align-items: center; gap: 4px; height: 24px; margin: 0 0 9px; white-space: nowrap; }
.timeline-picture__mark { flex: none; width: 10px; height: 10px; border-radius: 50%; background: var(--topic-color, currentColor); }
.timeline-picture__event--range .timeline-picture__mark { height: 24px; border-radius: 0; opacity: 0.45; }
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
    ...items.map((item, i) =>
      item.type === 'range'
        ? `.tp-${i} { margin-left: ${fixed(item.left)}%; } .tp-${i} .timeline-picture__mark { width: ${fixed(item.width)}%; min-width: 4px; }`
        : `.tp-${i} { margin-left: calc(${fixed(item.left)}% - 5px); }`,
    ),
  ]
  return rules.join('\n')
}

/** The shell as App.tsx lays it out with no event selected, the timeline drawn as a picture. */
function FirstView({ dataset }: { dataset: Dataset }) {
  const { t } = useT()
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
            <section className="timeline-pane">
              <TimelineToolbar
                grouping={null}
                hasSelection={false}
                onZoom={noop}
                onFit={noop}
                onGoToSelected={noop}
                onGrouping={noop}
              />
              <OutsideCounts
                before={outside.before.length}
                after={outside.after.length}
                beforeYears={yearsOf(outside.before)}
                afterYears={yearsOf(outside.after)}
                onBefore={noop}
                onAfter={noop}
              />
              {window && <TimelinePicture items={items} window={window} />}
              <p id="timeline-keys" className="timeline-keys">
                {t('timeline.keys')}
              </p>
            </section>
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
 * Runs before the first paint (a parser-blocking inline script right after #root): when the opened link carries
 * state (a query or a hash), or the app will speak another language than the prerendered one (the stored choice,
 * else the browser's, as src/lib/i18n/language.ts resolves it), the prerendered view is removed, so it never shows
 * something the app would then replace by another view.
 */
export function takeoverGuard(): string {
  const key = JSON.stringify(LANGUAGE_STORAGE_KEY)
  return [
    '(function () {',
    "  var root = document.getElementById('root'), view = root && root.firstElementChild",
    '  if (!view) return',
    '  var lang = null',
    `  try { lang = localStorage.getItem(${key}) } catch (e) {}`,
    "  if (lang !== 'ru' && lang !== 'en') {",
    "    lang = 'en'",
    '    var tags = navigator.languages || [navigator.language]',
    '    for (var i = 0; i < tags.length; i++) {',
    "      var base = String(tags[i]).toLowerCase().split('-')[0]",
    "      if (base === 'ru' || base === 'en') { lang = base; break }",
    '    }',
    '  }',
    '  if (location.search || location.hash || lang !== view.lang) root.replaceChildren()',
    '})()',
  ].join('\n')
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
  return { html, css: window ? pictureCss(items, window, dataset) : '', script: takeoverGuard() }
}
