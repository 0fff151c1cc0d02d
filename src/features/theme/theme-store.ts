/**
 * The colour theme: the system's (`prefers-color-scheme`) unless the reader chose one, which is remembered.
 * Two tiny external stores read with useSyncExternalStore: the stored choice and the media query.
 */
import { readStorage, removeStorage, writeStorage } from '../../lib/storage'

export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]
export const THEME_STORAGE_KEY = 'negotiations-timeline:theme'

const DARK_QUERY = '(prefers-color-scheme: dark)'
const listeners = new Set<() => void>()

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
}

/** Storage disabled: the choice lasts for this page only. */
export function readStoredTheme(): Theme | null {
  return readStorage(THEME_STORAGE_KEY, (value) => (isTheme(value) ? value : null), { json: false })
}

let memory: Theme | null | undefined

export function getStoredTheme(): Theme | null {
  if (memory === undefined) memory = readStoredTheme()
  return memory
}

/** null: follow the system again. */
export function setStoredTheme(theme: Theme | null): void {
  memory = theme
  // Storage disabled or full: kept in memory only.
  if (theme === null) removeStorage(THEME_STORAGE_KEY)
  else writeStorage(THEME_STORAGE_KEY, theme, { json: false })
  for (const listener of listeners) listener()
}

export function subscribeStoredTheme(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return
    memory = readStoredTheme()
    listener()
  }
  window.addEventListener('storage', onStorage) // another tab changed it
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

export function getSystemTheme(): Theme {
  return window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light'
}

export function subscribeSystemTheme(listener: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY)
  query?.addEventListener('change', listener)
  return () => query?.removeEventListener('change', listener)
}

/** Tests only: forget the in-memory copy so the next read comes from storage. */
export function resetThemeMemory(): void {
  memory = undefined
}
