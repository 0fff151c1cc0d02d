/**
 * The page's entry: the stylesheet, then the app (main.tsx). When the page holds the build's prerendered first
 * view, the app's scripts are asked for only once that view has been painted: they are not needed for the first
 * paint, and fetched alongside the HTML and the stylesheets they would compete with them on a slow link
 * (docs/decisions/0024-paint-before-the-javascript.md).
 */
// The stylesheets of what the app draws at once (the views it loads on demand bring their own), linked from the
// page like the app's, not added by the script after it; in the order the app's imports gave them before.
import '../features/print/print.css'
import '../features/theme/theme.css'
import 'vis-timeline/styles/vis-timeline-graph2d.css'
import '../features/present/picker.css'
import '../features/reader/reader.css'
import '../features/list/event-list.css'
import './styles/index.css'
import { keepEarlyInput } from './early-input'
import { PRERENDERED_ATTRIBUTE } from './prerender-attribute'

const loadApp = () => import('./main')

const view = document.querySelector(`#root > [${PRERENDERED_ATTRIBUTE}]`)
if (view instanceof HTMLElement) {
  // A click on the view before the app has taken it over is done again then, not lost (early-input.ts).
  keepEarlyInput(view)
  requestAnimationFrame(() => setTimeout(() => void loadApp(), 0))
} else {
  void loadApp()
}
