import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { PresentChannel } from '../../../src/features/present/sync'
import { FakeHub } from './fake-channel'
import { STORY } from './fixture'
import { Harness, PresenterHarness } from './harness'
import { renderPresent } from './render'

function AudienceHarness({ channel }: { channel: PresentChannel }) {
  return <Harness story={STORY} qrUrl={null} channel={channel} />
}

const presenter = () => screen.getByRole('region', { name: /Presenter view|Режим докладчика/ })
const audience = () => screen.getByRole('region', { name: /^(Presentation|Показ)$/ })
const currentTitle = () =>
  within(within(presenter()).getByRole('region', { name: 'Current slide' })).getByRole('heading')

describe('PresenterView', () => {
  it('shows the current slide, the next one, the notes in the presenter language, a clock and the elapsed time', () => {
    renderPresent(<PresenterHarness lang="ru" audienceLang="en" />)
    const view = screen.getByRole('region', { name: 'Режим докладчика' })
    expect(within(view).getByRole('region', { name: 'Текущий слайд' })).toHaveTextContent('Delta meeting')
    expect(within(view).getByRole('region', { name: 'Следующий слайд' })).toHaveTextContent('Bravo summit')
    expect(within(view).getByRole('region', { name: 'Заметки докладчика' })).toHaveTextContent('Начните с конца.')
    expect(within(view).getByText(/Зрители видят: English/)).toBeInTheDocument()
    expect(within(view).getByTestId('elapsed')).toHaveTextContent(/^0:00:0\d$/)
    expect(within(view).getByText(/Время:/)).toBeInTheDocument()
  })

  it('says when a slide has no notes in the presenter language, and when the presentation ends', async () => {
    const user = userEvent.setup()
    renderPresent(<PresenterHarness />)
    await user.keyboard('{PageDown}')
    expect(screen.getByRole('region', { name: 'Speaker notes' })).toHaveTextContent('No notes for this slide.')
    await user.keyboard('{End}{ArrowLeft}')
    expect(screen.getByRole('region', { name: 'Next slide' })).toHaveTextContent('Sources cited')
    await user.keyboard('{End}')
    expect(screen.getByRole('region', { name: 'Current slide' })).toHaveTextContent('Sources cited')
    expect(screen.getByRole('region', { name: 'Next slide' })).toHaveTextContent('End of the presentation')
  })

  it('keeps the audience window and the presenter window in step, both ways', async () => {
    const user = userEvent.setup()
    const hub = new FakeHub()
    renderPresent(<AudienceHarness channel={hub.open('audience')} />)
    renderPresent(<PresenterHarness channel={hub.open('presenter')} />)
    // The presenter says hello on opening; the audience answers with where it is.
    expect(hub.log[0]).toEqual({ from: 'presenter', message: { type: 'hello' } })

    await user.click(within(presenter()).getByRole('button', { name: 'Next slide' }))
    await within(audience()).findByRole('heading', { name: 'Bravo summit' })
    expect(within(audience()).getByText('2 / 3')).toBeInTheDocument()

    await user.click(within(audience()).getByRole('button', { name: 'Next slide' }))
    await within(presenter()).findByRole('heading', { name: 'Alpha talks' })

    await user.click(within(audience()).getByRole('button', { name: /Русский/ }))
    await within(presenter()).findByText('Audience sees: Русский')
    expect(currentTitle()).toHaveTextContent('Переговоры Альфа')

    await user.click(within(presenter()).getByRole('button', { name: 'Previous slide' }))
    await within(audience()).findByRole('heading', { name: 'Саммит Браво' })
    // No echo: each change crossed once and nothing bounced back.
    const gotos = hub.log.filter((entry) => entry.message.type === 'goto')
    expect(gotos.map((entry) => entry.from)).toEqual(['audience', 'presenter', 'audience', 'audience', 'presenter'])
  })

  it('keeps working on its own when the audience window goes away', async () => {
    const user = userEvent.setup()
    const hub = new FakeHub()
    const audienceRender = renderPresent(<AudienceHarness channel={hub.open('audience')} />)
    renderPresent(<PresenterHarness channel={hub.open('presenter')} />)
    audienceRender.unmount()
    await screen.findByText('The audience window has closed; this view still works on its own.')
    await user.click(screen.getByRole('button', { name: 'Next slide' }))
    expect(currentTitle()).toHaveTextContent('Bravo summit')
  })

  it('follows the audience into the second part of a slide shown in two parts, and steps through both', async () => {
    const user = userEvent.setup()
    const hub = new FakeHub()
    const audience = hub.open('audience')
    renderPresent(<PresenterHarness channel={hub.open('presenter')} />)
    // The audience screen is too small for Delta at the floor: it shows its quote as a second part.
    act(() => audience.post({ type: 'goto', index: 1, lang: 'en', part: 1, parts: 2 }))
    await screen.findByText('1 / 3 · continued')
    const current = screen.getByRole('region', { name: 'Current slide' })
    expect(within(current).getByText('A translated quote about Delta meeting')).toBeInTheDocument()
    expect(within(current).queryByText('In short: Delta meeting.')).not.toBeInTheDocument()
    await user.keyboard('{ArrowLeft}')
    expect(within(current).getByText('In short: Delta meeting.')).toBeInTheDocument()
    expect(hub.log.at(-1)).toEqual({
      from: 'presenter',
      message: { type: 'goto', index: 1, lang: 'en', part: 0, parts: 2 },
    })
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(currentTitle()).toHaveTextContent('Bravo summit')
  })
})
