/**
 * The URL as an external store: React reads it with useSyncExternalStore.
 * Discrete choices push a history entry; panning and zooming replace the current one, debounced,
 * so back and forward step through choices, not through every drag.
 * A change shows at once (the store hands it out as pending) and reaches the address one task later, after
 * the rendering it causes: writing history costs the browser a few milliseconds of the click that made the
 * change (a topic filter at 1,000 events: ~33 → ~28 ms). A change that follows writes the pending one first.
 */
import { parseUrlState, sameValue, serializeUrlState, type UrlKey, type UrlState } from './url-state'

export type HistoryMode = 'push' | 'replace' | 'replace-debounced'
export type UrlUpdate = Partial<UrlState> | ((state: UrlState) => UrlState)

const DEBOUNCE_MS = 400
const listeners = new Set<() => void>()
let cached: { search: string; state: UrlState } | null = null
let pending: UrlState | null = null
let pendingMode: 'push' | 'replace' = 'replace'
let timer: ReturnType<typeof setTimeout> | null = null
let settled: (() => void)[] = []

/** The state last handed out: a new one keeps its unchanged values (arrays, windows) by identity. */
let last: UrlState | null = null

/**
 * `next` with every value equal to `previous`'s taken from `previous`, so that a component reading one key
 * (useUrlValue) re-renders only when that key changes, not on every pan or selection.
 */
export function shareUnchanged(previous: UrlState | null, next: UrlState): UrlState {
  if (previous === null) return next
  let changed = false
  const shared = { ...next }
  for (const key of Object.keys(next) as UrlKey[]) {
    if (sameValue(key, next[key], previous[key])) (shared as Record<string, unknown>)[key] = previous[key]
    else changed = true
  }
  return changed ? shared : previous
}

function fromLocation(): UrlState {
  const search = window.location.search
  if (cached === null || cached.search !== search)
    cached = { search, state: shareUnchanged(last, parseUrlState(search)) }
  return cached.state
}

export function getUrlState(): UrlState {
  last = pending ?? fromLocation()
  return last
}

function settle(): void {
  const waiting = settled
  settled = []
  for (const resolve of waiting) resolve()
}

/** Resolves once no change is waiting to reach the address (at once when none is): what tests await. */
export function urlSettled(): Promise<void> {
  if (pending === null) return Promise.resolve()
  return new Promise((resolve) => settled.push(resolve))
}

function notify(): void {
  for (const listener of listeners) listener()
}

function write(state: UrlState, mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${serializeUrlState(state)}${window.location.hash}`
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

/** Writes a pending change now (before the next change, a copy or a page hide). */
export function flushUrlState(): void {
  if (timer !== null) clearTimeout(timer)
  timer = null
  if (pending === null) return
  const state = pending
  const mode = pendingMode
  pending = null
  pendingMode = 'replace'
  write(state, mode)
  settle()
}

export function setUrlState(update: UrlUpdate, mode: HistoryMode = 'push'): void {
  const current = getUrlState()
  const next = shareUnchanged(current, typeof update === 'function' ? update(current) : { ...current, ...update })
  if (serializeUrlState(next) === serializeUrlState(current)) return
  if (mode === 'replace-debounced') {
    if (pendingMode === 'push') flushUrlState()
    pending = next
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(flushUrlState, DEBOUNCE_MS)
  } else {
    flushUrlState()
    pending = next
    pendingMode = mode
    timer = setTimeout(flushUrlState, 0)
  }
  notify()
}

function onPopState(): void {
  if (timer !== null) clearTimeout(timer)
  timer = null
  pending = null
  pendingMode = 'replace'
  settle()
  notify()
}

export function subscribeUrlState(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState)
  listeners.add(listener)
  return function unsubscribe() {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState)
  }
}

/** The current address with any pending window change written: what "Copy link" copies. */
export function currentUrl(): string {
  flushUrlState()
  return window.location.href
}
