import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from './render-app'

vi.mock('../../src/features/timeline/timeline-adapter', () => import('./fake-timeline'))

const more = () => screen.getByRole('button', { name: 'More actions' })

describe('Header tools', () => {
  it('keeps the full title in a tooltip (it truncates on narrow screens)', () => {
    renderApp()
    const title = within(screen.getByRole('banner')).getByRole('heading', { level: 1 })
    expect(title).toHaveAttribute('title', title.textContent)
  })

  it('names the icon buttons by their words, in both languages', () => {
    renderApp({ url: '/?lang=ru' })
    for (const name of ['Копировать ссылку', 'Показ', 'Оба языка', 'Другие действия'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
  })

  it('"More actions" says whether the secondary actions are open, and controls them', async () => {
    const { user } = renderApp()
    expect(more()).toHaveAttribute('aria-expanded', 'false')
    const list = document.getElementById(more().getAttribute('aria-controls') ?? '')
    expect(list).toContainElement(screen.getByRole('button', { name: 'Copy link' }))
    await user.click(more())
    expect(more()).toHaveAttribute('aria-expanded', 'true')
    await user.click(more())
    expect(more()).toHaveAttribute('aria-expanded', 'false')
  })

  it('Esc closes the open menu, focus goes back to its button, and the detail panel stays open', async () => {
    const { user } = renderApp({ url: '/?event=moscow-ministers-2017' })
    await user.click(more())
    await user.keyboard('{Escape}')
    expect(more()).toHaveAttribute('aria-expanded', 'false')
    expect(more()).toHaveFocus()
    expect(screen.getByRole('complementary', { name: 'Ministers meet in Moscow' })).toBeInTheDocument()
    expect(new URLSearchParams(window.location.search).get('event')).toBe('moscow-ministers-2017')
    // With the menu closed, Esc closes the panel as before.
    await user.keyboard('{Escape}')
    expect(new URLSearchParams(window.location.search).get('event')).toBeNull()
  })

  it('a click outside closes the menu', async () => {
    const { user } = renderApp()
    await user.click(more())
    await user.click(within(screen.getByRole('banner')).getByRole('heading', { level: 1 }))
    expect(more()).toHaveAttribute('aria-expanded', 'false')
  })

  it('an action from the menu closes it, except "Copy link" which shows its confirmation there', async () => {
    const { user } = renderApp()
    await user.click(more())
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(more()).toHaveAttribute('aria-expanded', 'true')
    expect(await screen.findByText('Link copied')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Both languages' }))
    expect(more()).toHaveAttribute('aria-expanded', 'false')
    expect(new URLSearchParams(window.location.search).get('bi')).toBe('1')
  })
})
