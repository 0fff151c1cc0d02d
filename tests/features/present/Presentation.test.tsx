import { act, screen, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EVENTS, STORY } from './fixture'
import { Harness } from './harness'
import { renderPresent } from './render'

/** The screen's slides (the copy for paper, hidden, is outside). */
const deck = () => within(screen.getByRole('region', { name: /^(Presentation|Показ)$/ }))
const title = () => deck().getAllByRole('heading', { level: 2 })[0]?.textContent

/** Presses `keys`, then reads the title of the slide on screen. */
async function titleAfter(user: UserEvent, keys: string) {
  await user.keyboard(keys)
  return title()
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('Presentation', () => {
  it('shows one event as a full slide: date with its precision, title, summary, topics, source, progress', () => {
    renderPresent(<Harness />)
    const region = screen.getByRole('region', { name: 'Presentation' })
    expect(within(region).getByRole('heading', { name: 'Alpha talks' })).toBeInTheDocument()
    expect(region.querySelector('time')).toHaveTextContent('December 2016')
    expect(region.querySelector('time')).toHaveAttribute('datetime', '2016-12')
    expect(within(region).getByText('In short: Alpha talks.')).toBeInTheDocument()
    expect(within(region).getByRole('list', { name: 'Topics' })).toHaveTextContent('Joint economic activities')
    expect(within(region).getByText('A quote about Alpha talks')).toBeInTheDocument()
    expect(within(region).getByText('English article')).toBeInTheDocument()
    expect(within(region).getByText('1 / 4')).toBeInTheDocument()
    expect(within(region).getByRole('img', { name: /^Where this slide sits in time: 2016/ })).toBeInTheDocument()
  })

  it("names the periods the slide falls in on the strip, in the slide's language", () => {
    const periods = [
      {
        id: 'talks',
        start: '2016-12',
        end: '2018-11-13',
        startDay: '2016-12-01',
        endDay: '2018-11-13',
        label: { en: 'The talks', ru: 'Переговоры' },
        untranslated: [],
      },
    ]
    renderPresent(<Harness periods={periods} />)
    expect(
      deck().getByRole('img', { name: /^Where this slide sits in time: 2016.*\. Period: The talks$/ }),
    ).toBeInTheDocument()
    expect(deck().getByText('Period: The talks')).toBeInTheDocument()
  })

  it("shows the event's image with its alt text, caption and credit in the slide language, not a remote link", () => {
    const media = [
      { url: 'https://example.org/video', alt: { en: 'A video', ru: 'Видео' } },
      {
        file: 'media/map.png',
        type: 'image/png' as const,
        bytes: 100,
        alt: { en: 'A map of the islands', ru: 'Карта островов' },
        caption: { en: 'The islands', ru: 'Острова' },
        credit: { en: 'Own work, CC0', ru: 'Своя работа, CC0' },
      },
    ]
    renderPresent(<Harness events={[{ ...EVENTS[0]!, media }, ...EVENTS.slice(1)]} lang="ru" />)
    const image = deck().getByRole('img', { name: 'Карта островов' })
    expect(image).toHaveAttribute('src', './data/media/map.png')
    expect(image.closest('figure')).toHaveTextContent('Острова Своя работа, CC0')
    expect(deck().queryByRole('link', { name: 'Видео' })).toBeNull()
  })

  it('labels a translated quote as editorial and marks the original language of a verbatim one', () => {
    renderPresent(<Harness position={3} />)
    const quote = deck().getByText('A translated quote about Charlie mission')
    expect(quote.closest('blockquote')).toHaveAttribute('lang', 'en')
    expect(deck().getByText(/Editorial translation/)).toBeInTheDocument()
  })

  it('steps with → PageDown Space Enter, back with ← PageUp Backspace, and to the ends with Home and End', async () => {
    const user = userEvent.setup()
    renderPresent(<Harness />)
    expect(await titleAfter(user, '{ArrowRight}')).toBe('Bravo summit')
    expect(await titleAfter(user, '{PageDown}')).toBe('Charlie mission')
    expect(deck().getByText('3 / 4')).toBeInTheDocument()
    expect(await titleAfter(user, '{PageUp}')).toBe('Bravo summit')
    await user.keyboard(' ')
    expect(await titleAfter(user, '{Enter}')).toBe('Delta meeting')
    expect(await titleAfter(user, '{Backspace}')).toBe('Charlie mission')
    // Home is the title slide before the first event, End the closing slide after the last one.
    expect(await titleAfter(user, '{Home}')).toBe('Test dataset')
    expect(deck().getAllByText('Title')).toHaveLength(2)
    expect(await titleAfter(user, '{ArrowRight}')).toBe('Alpha talks')
    expect(await titleAfter(user, '{End}')).toBe('Sources cited')
    expect(await titleAfter(user, '{ArrowRight}')).toBe('Sources cited')
    expect(await titleAfter(user, '{ArrowLeft}')).toBe('Delta meeting')
  })

  it('jumps to a typed number on Enter, showing the number while it is typed', async () => {
    const user = userEvent.setup()
    renderPresent(<Harness />)
    await user.keyboard('3')
    expect(screen.getByRole('status')).toHaveTextContent('Go to slide 3')
    expect(title()).toBe('Alpha talks')
    await user.keyboard('{Enter}')
    expect(title()).toBe('Charlie mission')
    expect(deck().queryByText('Go to slide 3')).not.toBeInTheDocument()
  })

  it('switches the language live on the same slide with L', async () => {
    const user = userEvent.setup()
    renderPresent(<Harness position={2} />)
    await user.keyboard('l')
    const region = screen.getByRole('region', { name: 'Показ' })
    expect(region).toHaveAttribute('lang', 'ru')
    expect(title()).toBe('Саммит Браво')
    expect(region.querySelector('time')).toHaveTextContent('7 июля 2017 г.')
    expect(deck().getByText('2 / 4')).toBeInTheDocument()
    await user.keyboard('L')
    expect(screen.getByRole('region', { name: 'Presentation' })).toBeInTheDocument()
    expect(title()).toBe('Bravo summit')
  })

  it('blanks the screen with B or "." and brings the slide back', async () => {
    const user = userEvent.setup()
    renderPresent(<Harness />)
    await user.keyboard('b')
    expect(screen.getByTestId('present-blank')).toBeInTheDocument()
    expect(deck().getByText('The screen is blank. Press B to show the slide again.')).toBeInTheDocument()
    await user.keyboard('b')
    expect(screen.queryByTestId('present-blank')).not.toBeInTheDocument()
    await user.keyboard('.')
    expect(screen.getByTestId('present-blank')).toBeInTheDocument()
    // The clicker's "next" while blank shows the next slide.
    await user.keyboard('{PageDown}')
    expect(screen.queryByTestId('present-blank')).not.toBeInTheDocument()
    expect(title()).toBe('Bravo summit')
  })

  it('shows a QR code of the current link with Q, and Esc closes it without leaving', async () => {
    const user = userEvent.setup()
    const onExit = vi.fn()
    renderPresent(<Harness onExit={onExit} />)
    await user.keyboard('q')
    const dialog = screen.getByRole('dialog', { name: 'Open this view on your phone' })
    const image = within(dialog).getByRole('img', { name: 'QR code of the link to this view' })
    expect(image.querySelector('path')?.getAttribute('d')).toMatch(/^M4 4h1v1h-1z/)
    expect(within(dialog).getByText('https://example.org/timeline/?event=alpha')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(onExit).not.toHaveBeenCalled()
  })

  it('shows no code, and says why, when no phone could open this copy', async () => {
    const user = userEvent.setup()
    renderPresent(<Harness qrUrl={null} />)
    await user.keyboard('q')
    const dialog = screen.getByRole('dialog', { name: 'Open this view on your phone' })
    expect(within(dialog).queryByRole('img')).not.toBeInTheDocument()
    expect(within(dialog).getByText(/This copy has no public address/)).toBeInTheDocument()
  })

  it('opens on a title slide (title, description, period, count, QR) and closes on the documents cited', async () => {
    const user = userEvent.setup()
    renderPresent(<Harness position={0} />)
    const region = screen.getByRole('region', { name: 'Presentation' })
    expect(title()).toBe('Test dataset')
    expect(within(region).getByText('About it')).toBeInTheDocument()
    expect(within(region).getByText('2016 – 2019 · 4 events')).toBeInTheDocument()
    expect(within(region).getByRole('img', { name: 'QR code of the link to this view' })).toBeInTheDocument()
    await user.keyboard('{End}')
    expect(title()).toBe('Sources cited')
    const cited = within(region)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    // Oldest first, then by id: both were published on 31 May 2019.
    expect(cited).toEqual(['English article · MOFA, 31 May 2019', 'Russian press release · MOFA, 31 May 2019'])
    expect(deck().getAllByText('End')).toHaveLength(2)
  })

  it('leaves with Esc, naming the event on screen', async () => {
    const user = userEvent.setup()
    const onExit = vi.fn()
    renderPresent(<Harness position={3} onExit={onExit} />)
    await user.keyboard('{Escape}')
    expect(onExit).toHaveBeenCalledWith('charlie')
  })

  it('puts Russian and English side by side in bilingual mode', () => {
    renderPresent(<Harness bilingual position={4} />)
    const columns = deck().getAllByRole('article')
    expect(columns.map((c) => c.getAttribute('lang'))).toEqual(['ru', 'en'])
    expect(within(columns[0]!).getByRole('heading')).toHaveTextContent('Встреча Дельта')
    expect(within(columns[1]!).getByRole('heading')).toHaveTextContent('Delta meeting')
    // One quote across both columns: as the Russian document says it, then its translation into English.
    const quote = deck().getByText('Цитата о событии Встреча Дельта')
    expect(quote.closest('blockquote')).toHaveAttribute('lang', 'ru')
    expect(columns.some((column) => column.contains(quote))).toBe(false)
    expect(deck().getByText('A translated quote about Delta meeting')).toHaveAttribute('lang', 'en')
    expect(deck().getAllByText(/Редакционный перевод/)).toHaveLength(1)
  })

  it("follows a story's order", async () => {
    const user = userEvent.setup()
    renderPresent(<Harness story={STORY} />)
    expect(title()).toBe('Delta meeting')
    expect(deck().getByText('1 / 3')).toBeInTheDocument()
    expect(deck().getByText('Backwards')).toBeInTheDocument()
    await user.keyboard('{End}{ArrowLeft}')
    expect(title()).toBe('Alpha talks')
  })

  it('steps with the toolbar buttons, and Enter on a focused button presses the button', async () => {
    const user = userEvent.setup()
    const onExit = vi.fn()
    renderPresent(<Harness onExit={onExit} />)
    await user.click(screen.getByRole('button', { name: 'Next slide' }))
    expect(title()).toBe('Bravo summit')
    screen.getByRole('button', { name: 'Leave the presentation (Esc)' }).focus()
    await user.keyboard('{Enter}')
    expect(onExit).toHaveBeenCalledWith('bravo')
    expect(title()).toBe('Bravo summit')
  })

  it('keeps the keys it handles from the app underneath (the panel closes on Esc, the timeline steps on arrows)', async () => {
    const user = userEvent.setup()
    const underneath = vi.fn()
    document.addEventListener('keydown', underneath)
    try {
      renderPresent(<Harness />)
      await user.keyboard('{ArrowRight}{Escape}')
      expect(underneath).not.toHaveBeenCalled()
      await user.keyboard('x')
      expect(underneath).toHaveBeenCalledTimes(1)
    } finally {
      document.removeEventListener('keydown', underneath)
    }
  })

  it('says so when there is nothing to present', () => {
    renderPresent(<Harness events={[]} />)
    expect(deck().getByText('There is nothing to present: no event matches the current filters.')).toBeInTheDocument()
  })

  it('asks for full screen, works the same when refused, and leaves when full screen ends', async () => {
    let fullscreenElement: Element | null = null
    // jsdom has no Fullscreen API: the part the presentation uses, as a browser would answer.
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreenElement })
    const request = vi.fn(() => Promise.reject(new TypeError('Permissions check failed')))
    Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: request })
    const onExit = vi.fn()
    try {
      renderPresent(<Harness onExit={onExit} position={2} />)
      expect(request).toHaveBeenCalled()
      expect(screen.getByRole('region', { name: 'Presentation' })).toBeInTheDocument()

      // Later the browser does go full screen (a second try, a user gesture), then Esc leaves it.
      act(() => {
        fullscreenElement = document.documentElement
        document.dispatchEvent(new Event('fullscreenchange'))
      })
      expect(onExit).not.toHaveBeenCalled()
      act(() => {
        fullscreenElement = null
        document.dispatchEvent(new Event('fullscreenchange'))
      })
      expect(onExit).toHaveBeenCalledWith('bravo')
    } finally {
      delete (document.documentElement as Partial<HTMLElement>).requestFullscreen
      delete (document as { fullscreenElement?: unknown }).fullscreenElement
    }
  })

  it('works under StrictMode (mount, unmount, mount) and stops listening to keys once unmounted', async () => {
    const user = userEvent.setup()
    const { unmount } = renderPresent(
      <StrictMode>
        <Harness />
      </StrictMode>,
    )
    await user.keyboard('{ArrowRight}')
    expect(title()).toBe('Bravo summit')
    unmount()
    await user.keyboard('{ArrowRight}')
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
  })
})
