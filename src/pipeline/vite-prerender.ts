/**
 * Paint before the JavaScript (issue 24): the build renders the app's first view, in the dataset's default
 * language, into index.html, so a link without state shows the header, the topic filter, the first view's events
 * and the legend as soon as the HTML and the stylesheet are in, with JavaScript or without it. The view is the
 * app's own components rendered to static markup (src/app/prerender-first-view.tsx, loaded through vite's SSR
 * loader, so it is the same code the browser runs); the app replaces it in place (src/app/main-entry.ts, main.tsx).
 * Both builds: the hosted one and the single file. See docs/decisions/0024-paint-before-the-javascript.md.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import type { Dataset } from '../model/schema'
import { withFallbackTexts } from '../model/fallback-text'

/** What src/app/prerender-first-view.tsx renders (its PrerenderedView). */
export interface PrerenderedView {
  html: string
  css: string
}

const PRERENDER_ENTRY = '/src/app/prerender-first-view.tsx'
const ROOT_ELEMENT = '<div id="root"></div>'

/** The view's stylesheet, named by a hash of its content like vite's own assets (cached for a year). */
export function firstViewCssFile(css: string): string {
  return `assets/first-view-${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`
}

/**
 * index.html with the view inside #root. A page without an empty #root is an error: it would silently lose the
 * prerender. (The guard script that follows #root in index.html removes the view for a link with state.)
 */
export function withPrerenderedView(html: string, view: PrerenderedView): string {
  if (!html.includes(ROOT_ELEMENT))
    throw new Error(`index.html: no empty ${ROOT_ELEMENT} to prerender the first view into`)
  return html.replace(ROOT_ELEMENT, () => `<div id="root">${view.html}</div>`)
}

/**
 * The view's stylesheet as a file of the build, linked after the app's: the picture's positions change with the
 * data, and a file from the site itself needs no hash in the policy a host may have been configured with.
 */
export function withFirstViewStylesheet(html: string, cssFile: string): string {
  return html.replace('</head>', () => `  <link rel="stylesheet" href="./${cssFile}" />\n  </head>`)
}

/**
 * With the first view in the page, its scripts are not needed for the first paint: they load at low priority, so
 * the HTML, the stylesheets and the dataset go first (a browser gives a module script in <head> high priority,
 * as if it blocked the paint).
 */
export function withScriptsAtLowPriority(html: string): string {
  return html.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)([^>]*\b(?:src|href)=)/g,
    (_, tag: string, rest: string) => `<${tag} fetchpriority="low"${rest}`,
  )
}

/** Loads the app's render module through a short-lived vite server in SSR mode and renders the dataset. */
async function renderFirstView(root: string, dataset: Dataset): Promise<PrerenderedView> {
  const { createServer } = await import('vite')
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const module = (await server.ssrLoadModule(PRERENDER_ENTRY)) as {
      renderFirstView: (dataset: Dataset) => PrerenderedView
    }
    return module.renderFirstView(dataset)
  } finally {
    await server.close()
  }
}

/** The plugins: the markup before vite reads the page, the stylesheet's link after (so vite does not bundle it). */
export function prerender(buildDirectory: string): Plugin[] {
  let root = process.cwd()
  let view: PrerenderedView | null = null
  return [
    {
      name: 'timeline-prerender',
      apply: 'build',
      configResolved(config) {
        root = config.root
      },
      async buildStart() {
        const file = path.join(buildDirectory, 'dataset.json')
        view = null
        if (!fs.existsSync(file)) return
        const dataset = withFallbackTexts(JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset)
        view = await renderFirstView(root, dataset)
      },
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => (view ? withPrerenderedView(html, view) : html),
      },
      generateBundle() {
        if (view?.css) this.emitFile({ type: 'asset', fileName: firstViewCssFile(view.css), source: view.css })
      },
    },
    {
      name: 'timeline-prerender-stylesheet',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: (html) =>
          view
            ? withScriptsAtLowPriority(view.css ? withFirstViewStylesheet(html, firstViewCssFile(view.css)) : html)
            : html,
      },
    },
  ]
}
