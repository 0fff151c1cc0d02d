import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentProps } from 'react'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { DocumentList, DocumentReader, quoteRuns, quotesIn } from '../../../src/features/reader'
import ReaderPage from '../../../src/features/reader/ReaderPage'
import { DATASET, DOCUMENT_TEXTS, EN_TEXT, EVENTS, RU_TEXT } from '../fixtures/dataset'
import { renderFeature } from '../render'

const [ruDoc, enDoc] = DATASET.documents as [(typeof DATASET.documents)[0], (typeof DATASET.documents)[0]]
const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')]

/** The reader on the Russian document in English, opened from no event, but for `props`. */
const READER: ComponentProps<typeof DocumentReader> = {
  document: ruDoc,
  text: RU_TEXT,
  events: EVENTS,
  focusEventId: null,
  lang: 'en',
  onOpenEvent: () => {},
}
const renderReader = (props: Partial<ComponentProps<typeof DocumentReader>> = {}, lng?: 'en' | 'ru') =>
  renderFeature(<DocumentReader {...READER} {...props} />, lng)

describe('quote runs', () => {
  it('cuts overlapping quotes into runs covered by the same quotes', () => {
    const quotes = quotesIn(EVENTS, 'mofa-test-ru', RU_TEXT.length)
    expect(quotes.map((quote) => [quote.eventId, quote.number])).toEqual([
      ['tokyo-2019-05-31', 1],
      ['iturup-2019-06', 2],
    ])
    const runs = quoteRuns(RU_TEXT.length, quotes)
    expect(runs.map((run) => RU_TEXT.slice(run.start, run.end)).join('')).toBe(RU_TEXT)
    expect(runs.filter((run) => run.quotes.length > 0).map((run) => run.quotes.length)).toEqual([1, 2, 1])
    expect(runs.flatMap((run) => run.ending)).toEqual(['tokyo-2019-05-31:0', 'iturup-2019-06:0'])
  })
})

describe('<DocumentReader>', () => {
  it('marks every quoted passage, each linked to its event', async () => {
    const onOpenEvent = vi.fn()
    const { container } = renderReader({ document: enDoc, text: EN_TEXT, onOpenEvent })
    expect(marks(container).map((mark) => mark.textContent)).toEqual([
      'held meetings in Moscow on 24 November 2017',
      'Humanitarian visits to family graves were agreed for the summer.',
    ])
    expect(screen.getByText('2 quoted passages')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '2: event Visits to family graves' }))
    expect(onOpenEvent).toHaveBeenCalledWith('graves-2018-su')
  })

  it('shows the text in its own language, as text, around an interface in another', () => {
    const { container } = renderReader({ text: `${RU_TEXT} <img src=x onerror=alert(1)>` })
    const text = container.querySelector('.document-text')!
    expect(text).toHaveAttribute('lang', 'ru')
    expect(text.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Встреча министров 31 мая 2019 г.')
    expect(screen.getByRole('region', { name: 'About the document' })).toHaveTextContent('Russian')
  })

  it('handles overlapping quotes: the shared stretch is one mark linked to both events', () => {
    const { container } = renderReader({ lang: 'ru' }, 'ru')
    expect(marks(container).map((mark) => mark.dataset.events)).toEqual([
      'tokyo-2019-05-31',
      'tokyo-2019-05-31 iturup-2019-06',
      'iturup-2019-06',
    ])
    expect(
      marks(container)
        .map((mark) => mark.textContent)
        .join(''),
    ).toBe(RU_TEXT.slice(RU_TEXT.indexOf('Министры'), RU_TEXT.indexOf('Итурупе') + 'Итурупе'.length))
    expect(screen.getAllByRole('button', { name: /^\d+: событие / })).toHaveLength(2)
  })

  it('marks the quote of the event it was opened from, scrolls to it and focuses it', () => {
    const scrolled: Element[] = []
    // jsdom has no layout and no scrollIntoView: record the calls instead
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this)
    }
    onTestFinished(() => {
      delete (Element.prototype as Partial<Element>).scrollIntoView
    })
    const { container } = renderReader({ focusEventId: 'iturup-2019-06' })
    const current = marks(container).filter((mark) => mark.getAttribute('aria-current') === 'true')
    expect(current.map((mark) => mark.dataset.events)).toEqual(['tokyo-2019-05-31 iturup-2019-06', 'iturup-2019-06'])
    expect(scrolled).toEqual([current[0]])
    expect(current[0]).toHaveFocus()
  })

  it('links the original with a safe external link and copies a citation', async () => {
    const user = userEvent.setup()
    renderReader()
    const link = screen.getByRole('link', { name: 'https://www.example.org/mofa/2019-05-31' })
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(link).toHaveAttribute('target', '_blank')
    await user.click(screen.getByRole('button', { name: 'Copy the citation' }))
    expect(await navigator.clipboard.readText()).toBe(
      'MOFA Japan. Встреча министров 31 мая 2019 г. 31 May 2019. https://www.example.org/mofa/2019-05-31',
    )
    expect(within(screen.getByRole('region', { name: 'About the document' })).getByRole('status')).toHaveTextContent(
      'Citation copied',
    )
  })
})

describe('<DocumentList>', () => {
  it('is a table of documents in publication order: title, publisher, date, language, events; a title opens the reader', async () => {
    const onOpen = vi.fn()
    renderFeature(<DocumentList documents={DATASET.documents} lang="en" onOpen={onOpen} />)
    const table = screen.getByRole('table', { name: 'Documents' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3)
    // In publication order, not the dataset's (which lists the 2019 document first).
    expect(DATASET.documents.map((d) => d.published)).toEqual(['2019-05-31', '2017-11-24'])
    expect(rows[1]).toHaveTextContent(/Press conference, 24 November 2017.*News.*24 November 2017.*English.*2/)
    expect(rows[2]).toHaveTextContent(/Ministers’ meeting, 31 May 2019.*31 May 2019/)
    await userEvent.click(within(table).getByRole('button', { name: 'Ministers’ meeting, 31 May 2019' }))
    expect(onOpen).toHaveBeenCalledWith('mofa-test-ru')
  })
})

describe('<ReaderPage>', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('loads the document text, then shows it', async () => {
    const fetch = vi.fn(async (_url: string) => new Response(JSON.stringify(DOCUMENT_TEXTS['news-test-en'])))
    vi.stubGlobal('fetch', fetch)
    const { container } = renderFeature(
      <ReaderPage document={enDoc} events={EVENTS} focusEventId={null} lang="en" onOpenEvent={() => {}} />,
    )
    expect(screen.getByRole('status')).toHaveTextContent('Loading the document…')
    await waitFor(() => expect(marks(container)).toHaveLength(2))
    expect(fetch).toHaveBeenCalledWith('./data/documents/news-test-en.json', expect.anything())
  })

  it('says when the text cannot be loaded and tries again', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('', { status: 404 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(DOCUMENT_TEXTS['news-test-en'])))
    vi.stubGlobal('fetch', fetch)
    const { container } = renderFeature(
      <ReaderPage document={enDoc} events={EVENTS} focusEventId={null} lang="en" onOpenEvent={() => {}} />,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('The document could not be loaded (Error: HTTP 404).')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(marks(container)).toHaveLength(2))
  })
})
