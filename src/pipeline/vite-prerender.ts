/**
 * Paint before the JavaScript (issue 24): the build renders the app's first view, in the dataset's default
 * language, into index.html, so a link without state shows the header, the topic filter, the first view's events
 * and the legend as soon as the HTML and the stylesheet are in, with JavaScript or without it. The view is the
 * app's own components rendered to static markup (src/app/prerender-first-view.tsx, loaded through vite's SSR
 * loader, so it is the same code the browser runs); the app replaces it in place (src/app/main.tsx).
 * Both builds: the hosted one and the single file. See docs/decisions/0022-paint-before-the-javascript.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import type { Dataset } from '../model/schema'
import { withFallbackTexts } from '../model/fallback-text'

/** What src/app/prerender-first-view.tsx renders (its PrerenderedView). */
export interface PrerenderedView {
  html: string
  css: string
  script: string
}

export const PRERENDER_ENTRY = '/src/app/prerender-first-view.tsx'
const ROOT_ELEMENT = '<div id="root"></div>'

/**
 * index.html with the view inside #root, its stylesheet at the end of <head> and its guard script right after
 * #root (so it runs before the first paint). A page without an empty #root is an error: it would silently lose
 * the prerender.
 */
export function withPrerenderedView(html: string, view: PrerenderedView): string {
  if (!html.includes(ROOT_ELEMENT))
    throw new Error(`index.html: no empty ${ROOT_ELEMENT} to prerender the first view into`)
  if (/<\/(script|style)/i.test(view.css) || /<\/script/i.test(view.script))
    throw new Error('prerender: the stylesheet or script would close its own element')
  const style = view.css === '' ? '' : `<style>\n${view.css}\n</style>\n  `
  return html
    .replace('</head>', `${style}</head>`)
    .replace(ROOT_ELEMENT, `<div id="root">${view.html}</div>\n    <script>\n${view.script}\n    </script>`)
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

export function prerender(buildDirectory: string): Plugin {
  let root = process.cwd()
  return {
    name: 'timeline-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const file = path.join(buildDirectory, 'dataset.json')
        if (!fs.existsSync(file)) return html
        const dataset = withFallbackTexts(JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset)
        return withPrerenderedView(html, await renderFirstView(root, dataset))
      },
    },
  }
}
