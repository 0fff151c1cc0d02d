import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { THEME_STORAGE_KEY, ThemeToggle, useTheme, useThemeOnDocument } from '../../../src/features/theme'
import { resetThemeMemory } from '../../../src/features/theme/theme-store'
import { renderFeature } from '../render'

function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>()
  const query = {
    matches: dark,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }
  vi.stubGlobal('matchMedia', () => query)
  return {
    change(next: boolean) {
      query.matches = next
      for (const listener of listeners) listener()
    },
  }
}

function Root() {
  const theme = useTheme()
  useThemeOnDocument(theme.theme)
  return <ThemeToggle theme={theme.theme} toggle={theme.toggle} />
}

describe('theme', () => {
  beforeEach(() => {
    window.localStorage.clear()
    resetThemeMemory()
  })
  afterEach(() => vi.unstubAllGlobals())

  it('follows prefers-color-scheme until the reader chooses', async () => {
    const system = fakeSystem(true)
    renderFeature(<Root />)
    const toggle = screen.getByRole('button', { name: 'Dark theme' })
    expect(toggle).toHaveAttribute('title', 'Dark theme')
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark')
    system.change(false)
    expect(await screen.findByRole('button', { pressed: false })).toBe(toggle)
    expect(document.documentElement).toHaveAttribute('data-theme', 'light')
  })

  it('toggles, persists the choice, and keeps it over the system', async () => {
    const system = fakeSystem(false)
    const { unmount } = renderFeature(<Root />)
    await userEvent.click(screen.getByRole('button', { name: 'Dark theme' }))
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark')
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark')
    system.change(false)
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark')
    unmount()
    resetThemeMemory() // as a new page load
    renderFeature(<Root />)
    expect(screen.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true')
  })
})
