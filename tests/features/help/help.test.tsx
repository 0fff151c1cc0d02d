import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { About, HelpButton, ShortcutsOverlay, useHelpKey } from '../../../src/features/help'
import { DATASET } from '../fixtures/dataset'
import { renderFeature } from '../render'

function App() {
  const [open, setOpen] = useState(false)
  useHelpKey(() => setOpen((was) => !was))
  return (
    <>
      <input aria-label="field" />
      <HelpButton onClick={() => setOpen(true)} />
      <ShortcutsOverlay open={open} onClose={() => setOpen(false)} />
    </>
  )
}

describe('keyboard shortcuts overlay', () => {
  it('opens on "?", lists the keys, closes on Esc and gives focus back', async () => {
    renderFeature(
      <StrictMode>
        <App />
      </StrictMode>,
    )
    const help = screen.getByRole('button', { name: 'Keyboard shortcuts (?)' })
    // Drawn as an icon in the header: its name is its tooltip too.
    expect(help).toHaveAttribute('title', 'Keyboard shortcuts (?)')
    help.focus()
    await userEvent.keyboard('?')
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(dialog).toHaveTextContent('Show or hide this list')
    expect(dialog.querySelectorAll('kbd').length).toBeGreaterThanOrEqual(7)
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus()
    await userEvent.tab()
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(help).toHaveFocus()
  })

  it('ignores "?" typed into a field, and the button opens it too', async () => {
    renderFeature(<App />)
    await userEvent.type(screen.getByRole('textbox', { name: 'field' }), 'why?')
    expect(screen.queryByRole('dialog')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts (?)' }))
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    await userEvent.keyboard('?')
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})

describe('<About>', () => {
  it("gives the dataset's title, build date and size", () => {
    renderFeature(<About meta={DATASET.meta} documentCount={2} eventCount={4} lang="ru" />, 'ru')
    const about = screen.getByRole('region', { name: 'О проекте' })
    expect(about).toHaveTextContent('Тестовые переговоры')
    expect(about).toHaveTextContent('Собрано 15 января 2024 г.')
    expect(about).toHaveTextContent('2 документа')
    expect(about).toHaveTextContent('4 события')
  })
})
