import { useEffect, useSyncExternalStore } from 'react'
import {
  getStoredTheme,
  getSystemTheme,
  setStoredTheme,
  subscribeStoredTheme,
  subscribeSystemTheme,
  type Theme,
} from './theme-store'

export interface ThemeState {
  theme: Theme
  /** The reader's choice; null: following the system. */
  chosen: Theme | null
  toggle: () => void
  setTheme: (theme: Theme | null) => void
}

export function useTheme(): ThemeState {
  const chosen = useSyncExternalStore(subscribeStoredTheme, getStoredTheme, () => null)
  const system = useSyncExternalStore(subscribeSystemTheme, getSystemTheme, () => 'light' as const)
  const theme = chosen ?? system
  return { theme, chosen, toggle: () => setStoredTheme(theme === 'dark' ? 'light' : 'dark'), setTheme: setStoredTheme }
}

/** Call once, at the app's root: writes `data-theme` on `<html>` for the CSS. */
export function useThemeOnDocument(theme: Theme): void {
  useEffect(
    function syncHtmlTheme() {
      document.documentElement.dataset.theme = theme
      document.documentElement.style.colorScheme = theme
    },
    [theme],
  )
}
