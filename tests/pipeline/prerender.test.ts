/** The build's prerendered first view (ADR 0024): what goes into index.html, escaped, and where. */
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderFirstView } from '../../src/app/prerender-first-view'
import { LANGUAGE_STORAGE_KEY } from '../../src/lib/i18n'
import type { Dataset } from '../../src/model'
import {
  firstViewCssFile,
  withFirstViewStylesheet,
  withPrerenderedView,
  withScriptsAtLowPriority,
} from '../../src/pipeline/vite-prerender'
import { fixtureDataset } from '../app/fixtures/dataset'

const HOSTILE = '<img src=x onerror="alert(1)"></li><script>alert(2)</script>'

function withHostileTitles(dataset: Dataset): Dataset {
  return { ...dataset, events: dataset.events.map((event) => ({ ...event, title: { ru: HOSTILE, en: HOSTILE } })) }
}

describe('the prerendered first view', () => {
  it('renders the header, the topic filter, the events of the first view and the legend in the default language', () => {
    const { html } = renderFirstView(fixtureDataset)
    const lang = fixtureDataset.meta.language
    expect(html).toContain('data-prerendered=""')
    expect(html).toContain(`lang="${lang}"`)
    expect(html).toContain(`<h1 class="app-header__title" title="${fixtureDataset.meta.title[lang]}">`)
    for (const topic of fixtureDataset.topics) expect(html).toContain(`topic-filter__item topic--${topic.id}`)
    expect(html).toContain('class="legend"')
    const drawn = [...html.matchAll(/class="timeline-picture__event[^"]*" data-event-id="([^"]+)"/g)].map((m) => m[1])
    expect(drawn.length).toBeGreaterThan(0)
    for (const id of drawn) {
      const event = fixtureDataset.events.find((e) => e.id === id)
      expect(html).toContain(`<span class="timeline-picture__text">${event!.title[lang]}</span>`)
    }
  })

  it('escapes the text of the documents: a title with markup stays text', () => {
    const { html, css } = renderFirstView(withHostileTitles(fixtureDataset))
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;/li&gt;&lt;script&gt;')
    // The stylesheet holds numbers and checked ids, never a title.
    expect(css).not.toContain('alert')
  })

  it('places each event by its date: the stylesheet positions every drawn item', () => {
    const { html, css } = renderFirstView(fixtureDataset)
    const count = [...html.matchAll(/timeline-picture__event /g)].length
    for (let i = 0; i < count; i++) expect(css).toMatch(new RegExp(`\\.tp-${i} \\{ top: \\d+px; left: [\\d.]+%;`))
  })
})

describe('index.html with the prerendered view', () => {
  const page = fs.readFileSync('index.html', 'utf8')

  it('puts the markup inside #root, before the guard script, and links the stylesheet in the head', () => {
    const html = withFirstViewStylesheet(withPrerenderedView(page, { html: '<p>view</p>', css: 'p{}' }), 'assets/x.css')
    expect(html).toContain('<div id="root"><p>view</p></div>')
    expect(html.indexOf('<div id="root">')).toBeLessThan(html.indexOf('<script>'))
    expect(html.indexOf('href="./assets/x.css"')).toBeLessThan(html.indexOf('</head>'))
  })

  it('is an error when index.html has no empty #root to fill', () => {
    expect(() => withPrerenderedView('<body><main></main></body>', { html: 'x', css: '' })).toThrow(
      /no empty <div id="root">/,
    )
  })

  it('names the stylesheet by its content', () => {
    expect(firstViewCssFile('a{}')).toMatch(/^assets\/first-view-[0-9a-f]{10}\.css$/)
    expect(firstViewCssFile('a{}')).not.toBe(firstViewCssFile('b{}'))
  })

  it('loads the scripts at low priority, the stylesheets and the data as they were', () => {
    const head = [
      '<script type="module" crossorigin src="./assets/index.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/vendor.js">',
      '<link rel="stylesheet" crossorigin href="./assets/index.css">',
      '<link rel="preload" href="./data/dataset.json" as="fetch" crossorigin="anonymous">',
    ].join('\n')
    expect(withScriptsAtLowPriority(head).split('\n')).toEqual([
      '<script type="module" fetchpriority="low" crossorigin src="./assets/index.js"></script>',
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="./assets/vendor.js">',
      '<link rel="stylesheet" crossorigin href="./assets/index.css">',
      '<link rel="preload" href="./data/dataset.json" as="fetch" crossorigin="anonymous">',
    ])
    expect(withScriptsAtLowPriority(withScriptsAtLowPriority(head))).toBe(withScriptsAtLowPriority(head))
  })

  it('has a guard that reads the language where the app stores it', () => {
    expect(page).toContain(`localStorage.getItem('${LANGUAGE_STORAGE_KEY}')`)
  })
})
