import './theme.css'
export { THEMES, THEME_STORAGE_KEY, readStoredTheme, type Theme } from './theme-store'
export { useTheme, useThemeOnDocument, type ThemeState } from './use-theme'
export { ThemeToggle, type ThemeToggleProps } from './ThemeToggle'
