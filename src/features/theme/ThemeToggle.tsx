import { useT } from '../../lib/i18n'
import type { ThemeState } from './use-theme'

export type ThemeToggleProps = Pick<ThemeState, 'theme' | 'toggle'>

/** A toggle button: pressed = dark theme. */
export function ThemeToggle({ theme, toggle }: ThemeToggleProps) {
  const { t } = useT()
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === 'dark'}
      // Shown as an icon in the header: the name as a tooltip too.
      title={t('features.theme.dark')}
      onClick={toggle}
    >
      {t('features.theme.dark')}
    </button>
  )
}
