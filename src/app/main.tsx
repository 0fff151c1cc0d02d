/** The app, loaded by main-entry.ts: i18n in the resolved language, then the app under StrictMode. */
import { StrictMode, startTransition, useEffect, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { DatasetProvider, StaticDatasetProvider } from '../lib/data'
import { fetchDataset } from '../lib/data/load-dataset'
import { initI18n, resolveLanguage } from '../lib/i18n'
import { keepPrerenderedPicture, whenTakenOver } from '../lib/takeover'
import { flushUrlState, getUrlState, setUrlState } from '../lib/url-state'
import { earlySearch, replayEarlyInput } from './early-input'
import { loadApp, yieldToBrowser } from './load-app'
import { PRERENDERED_ATTRIBUTE } from './prerender-attribute'

const lang = resolveLanguage(getUrlState().lang)
initI18n(lang)
document.documentElement.lang = lang
window.addEventListener('pagehide', flushUrlState)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const render = (app: ReactNode) => createRoot(root).render(<StrictMode>{app}</StrictMode>)

// The build's first view is still in #root (its guard script keeps it only for a link without state, in the
// language the app speaks): it stays on screen until the dataset is in, then the app replaces it in place, in
// one commit, with no loading state between them (docs/decisions/0024-paint-before-the-javascript.md).
const prerendered = root.querySelector(`:scope > [${PRERENDERED_ATTRIBUTE}]`)
if (prerendered instanceof HTMLElement && prerendered.lang === lang) void takeOver(prerendered)
else
  void loadApp().then((App) =>
    render(
      <DatasetProvider>
        <App />
      </DatasetProvider>,
    ),
  )

/** The dataset and the app's modules load side by side; each step is a task of its own (ADR 0024). */
async function takeOver(prerendered: HTMLElement): Promise<void> {
  const loading = fetchDataset()
  // Caught here so a failed load is not reported unhandled while the modules are still evaluating.
  loading.catch(() => undefined)
  const App = await loadApp()
  const dataset = await loading.catch(() => null)
  if (dataset === null) {
    // The provider loads it again and shows its translated error.
    render(
      <DatasetProvider>
        <App />
      </DatasetProvider>,
    )
    return
  }
  await yieldToBrowser()
  const search = earlySearch(prerendered)
  keepPrerenderedPicture(prerendered)
  let committed = false
  // What was clicked on the view is done again once nothing of it is left (the timeline has replaced its picture).
  const replay = () => {
    if (committed) return
    committed = true
    void whenTakenOver()
      .then(yieldToBrowser)
      .then(() => replayEarlyInput(root as HTMLElement, search, (id) => setUrlState({ event: id })))
  }
  // A transition: the view is on screen, so the app's first render may yield to the browser as it goes (its
  // commit still replaces the view in one step).
  startTransition(() =>
    render(
      <StaticDatasetProvider dataset={dataset}>
        <App />
        <AfterCommit then={replay} />
      </StaticDatasetProvider>,
    ),
  )
}

function AfterCommit({ then }: { then: () => void }) {
  useEffect(then, [then])
  return null
}
