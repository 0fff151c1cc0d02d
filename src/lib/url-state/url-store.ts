/**
 * The URL as an external store: React reads it with useSyncExternalStore.
 * Discrete choices push a history entry; panning and zooming replace the current one, debounced,
 * so back and forward step through choices, not through every drag.
 * A discrete choice is written to the address at once; only a pan or zoom waits (pending) for its debounce,
 * and a change that follows writes it first. Writing history in the click costs ~0.2 ms in Chromium; deferring
 * it by a task measured no gain at 10,000 events (docs/decisions/0005-url-as-state.md).
 */
import type { CheckedUrlState } from './known-ids'
import { parseUrlState, sameValue, serializeUrlState, type UrlKey, type UrlState } from './url-state'

export type HistoryMode = 'push' | 'replace' | 'replace-debounced'
export type UrlUpdate = Partial<UrlState> | ((state: UrlState) => UrlState)

const DEBOUNCE_MS = 400
const listeners = new Set<() => void>()
let cached: ({ search: string } & CheckedUrlState) | null = null
/** The check of the link's ids against the loaded dataset (known-ids.ts); none before it has loaded. */
let checkIds: ((state: UrlState) => CheckedUrlState) | null = null
const NO_UNKNOWN_IDS: CheckedUrlState['unknown'] = []
/** A pan or zoom not yet written (debounced). */
let pending: UrlState | null = null
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

function fromLocation(): { search: string } & CheckedUrlState {
  const search = window.location.search
  if (cached === null || cached.search !== search) {
    const parsed = parseUrlState(search)
    const { state, unknown } = checkIds ? checkIds(parsed) : { state: parsed, unknown: NO_UNKNOWN_IDS }
    cached = { search, state: shareUnchanged(last, state), unknown }
  }
  return cached
}

/**
 * From now on every reader sees the link's ids checked by `check` (null: unchecked). The dataset's provider
 * installs it before its children first render, so no view ever sees an id the dataset does not have.
 */
export function setUrlIdCheck(check: ((state: UrlState) => CheckedUrlState) | null): void {
  if (check === checkIds) return
  checkIds = check
  cached = null
  notify()
}

/**
 * The ids the current address names that the dataset does not have (for the link notice). A change on its way
 * to the address is written from the checked state, so it names none.
 */
export function getUnknownUrlIds(): CheckedUrlState['unknown'] {
  return pending === null ? fromLocation().unknown : NO_UNKNOWN_IDS
}

export function getUrlState(): UrlState {
  last = pending ?? fromLocation().state
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
  pending = null
  write(state, 'replace')
  settle()
}

export function setUrlState(update: UrlUpdate, mode: HistoryMode = 'push'): void {
  const current = getUrlState()
  const next = shareUnchanged(current, typeof update === 'function' ? update(current) : { ...current, ...update })
  if (serializeUrlState(next) === serializeUrlState(current)) return
  if (mode === 'replace-debounced') {
    pending = next
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(flushUrlState, DEBOUNCE_MS)
  } else {
    flushUrlState()
    write(next, mode)
  }
  notify()
}

function onPopState(): void {
  if (timer !== null) clearTimeout(timer)
  timer = null
  pending = null
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

/** Rewrites the address without the ids the dataset does not have (the notice's "OK"); no new history entry. */
export function dropUnknownUrlIds(): void {
  flushUrlState()
  if (getUnknownUrlIds().length === 0) return
  write(getUrlState(), 'replace')
  notify()
}

/** The current address with any pending window change written: what "Copy link" copies. */
export function currentUrl(): string {
  flushUrlState()
  return window.location.href
}
