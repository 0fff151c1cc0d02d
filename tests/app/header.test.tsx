import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from './render-app'

vi.mock('../../src/features/timeline/timeline-adapter', () => import('./fake-timeline'))

describe('Header', () => {
  it('copies the current link and says so', async () => {
    const { user } = renderApp({ url: '/?event=nagato-summit' })
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\?event=nagato-summit$/))
    expect(await screen.findByText('Link copied')).toBeInTheDocument()
  })

  it('has the contract buttons and radiogroups', () => {
    renderApp()
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked()
    expect(screen.getByRole('radiogroup', { name: 'View' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Timeline' })).toBeChecked()
    for (const name of ['Zoom in', 'Zoom out', 'Fit all', 'Copy link', 'Present'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
  })

  it('starts the presentation at its title slide (present=0) in the URL', async () => {
    const { user } = renderApp()
    await user.click(screen.getByRole('button', { name: 'Present' }))
    expect(new URLSearchParams(window.location.search).get('present')).toBe('0')
  })
})
