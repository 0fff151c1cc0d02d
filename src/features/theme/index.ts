import './theme.css'
export { THEME_STORAGE_KEY } from './theme-store'
export { useTheme, useThemeOnDocument } from './use-theme'
export { ThemeToggle } from './ThemeToggle'
