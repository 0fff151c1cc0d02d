/**
 * The app's modules, evaluated in a few tasks instead of one. Evaluating a module graph is one task, however
 * many chunks it spans: the whole app at once was the longest task of the start (~150 ms on a phone). The
 * heaviest libraries are imported first, each on its own, so the app's import finds them evaluated
 * (docs/decisions/0024-paint-before-the-javascript.md). Their files are asked for together, not one after another.
 */
import type { App as AppComponent } from './App'

/** Gives the browser the main thread: a paint or a click may go before the work that follows. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

export async function loadApp(): Promise<typeof AppComponent> {
  // Not in the task that evaluated the caller: asking for the files (and their stylesheets) is work too.
  await yieldToBrowser()
  const libraries = [import('moment'), import('vis-timeline/esnext')]
  for (const library of libraries) {
    await library
    await yieldToBrowser()
  }
  return (await import('./App')).App
}
