/**
 * The closing slide's list over parts. jsdom has no layout, so the slide's height is faked from what it shows:
 * 100 px per document listed in the part on screen, in a 150 px box, so one document fits a part and two do
 * not. What is tested is the presentation's use of that measurement: the cut, the stepping, the sync.
 */
import { act, screen, within, type BoundFunctions, type queries } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ClosingSlide } from '../../../src/features/present/CoverSlides'
import { inParts } from '../../../src/features/present/deck'
import PresenterView from '../../../src/features/present/PresenterView'
import { slidesFor } from '../../../src/features/present/slides'
import { useT } from '../../../src/lib/i18n'
import { FakeHub } from './fake-channel'
import { DOCUMENTS, EVENTS } from './fixture'
import { DECK, Harness, type HarnessProps } from './harness'
import { renderPresent } from './render'

const CLOSING = EVENTS.length + 1
const Audience = (props: HarnessProps) => <Harness position={CLOSING} qrUrl={null} {...props} />

const deck = () => within(screen.getByRole('region', { name: /^(Presentation|Показ)$/ }))
const heading = () => deck().getAllByRole('heading', { level: 2 })[0]?.textContent
/** The documents a list shows, as read. */
const listed = (scope: BoundFunctions<typeof queries>) => scope.getAllByRole('listitem').map((item) => item.textContent)

function fakeLayout() {
  const shown = (el: Element) => el.querySelectorAll('.present-cover__documents:not([hidden]) li').length
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    return this.classList.contains('present__slides') ? shown(this) * 100 : 0
  })
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return this.classList.contains('present__slides') ? 150 : 0
  })
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('inParts', () => {
  it('cuts a list into even runs in order, the first ones longer, never an empty run', () => {
    expect(inParts([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 2, 3],
      [4, 5],
      [6, 7],
    ])
    expect(inParts([1, 2], 5)).toEqual([[1], [2]])
    expect(inParts([1, 2], 1)).toEqual([[1, 2]])
    expect(inParts([], 3)).toEqual([[]])
    expect(inParts([1, 2], 0)).toEqual([[1, 2]])
  })
})

describe('the closing slide in parts', () => {
  it('names its part, shows only that part of the list, and numbers on from the part before', () => {
    function SecondPart() {
      const { tFor } = useT()
      return (
        <ClosingSlide
          slides={slidesFor(EVENTS, null)}
          langs={['en']}
          tFor={tFor}
          qrUrl={null}
          documents={DOCUMENTS}
          part={1}
          parts={2}
        />
      )
    }
    renderPresent(<SecondPart />)
    expect(screen.getByRole('heading')).toHaveTextContent('Sources cited (2/2)')
    const list = screen.getByRole('list')
    expect(list).toHaveAttribute('start', '2')
    expect(listed(within(list))).toEqual(['Russian press release · MOFA, 31 May 2019'])
  })

  describe('when the list does not fit the screen', () => {
    beforeEach(fakeLayout)

    it('is cut into parts that the keys step through, the end of the deck being its last part', async () => {
      const user = userEvent.setup()
      renderPresent(<Audience />)
      const region = screen.getByRole('region', { name: 'Presentation' })
      expect(heading()).toBe('Sources cited (1/2)')
      expect(listed(deck())).toEqual(['English article · MOFA, 31 May 2019'])
      expect(region).not.toHaveAttribute('data-deck-end')
      expect(deck().getByRole('button', { name: 'Next slide' })).toBeEnabled()
      await user.keyboard('{ArrowRight}')
      expect(heading()).toBe('Sources cited (2/2)')
      // Shown and read out.
      expect(deck().getAllByText('End · continued')).toHaveLength(2)
      expect(listed(deck())).toEqual(['Russian press release · MOFA, 31 May 2019'])
      expect(region).toHaveAttribute('data-deck-end')
      await user.keyboard('{ArrowRight}')
      expect(heading()).toBe('Sources cited (2/2)')
      await user.keyboard('{ArrowLeft}{ArrowLeft}')
      expect(heading()).toBe('Delta meeting')
    })

    it('tells the presenter view which part is on screen, and follows the presenter stepping back', async () => {
      const user = userEvent.setup()
      const hub = new FakeHub()
      renderPresent(<Audience channel={hub.open('audience')} />)
      await user.keyboard('{ArrowRight}')
      expect(hub.log.at(-1)).toEqual({
        from: 'audience',
        message: { type: 'goto', index: CLOSING, lang: 'en', part: 1, parts: 2 },
      })
      // A presenter view opened now asks where the audience is, and shows the same part.
      renderPresent(
        <PresenterView
          {...DECK}
          lang="en"
          channel={hub.open('presenter')}
          position={CLOSING}
          onPositionChange={() => {}}
        />,
      )
      const current = screen.getByRole('region', { name: 'Current slide' })
      await within(current).findByText('Sources cited (2/2)')
      const presenter = within(screen.getByRole('region', { name: 'Presenter view' }))
      expect(presenter.getByRole('button', { name: 'Next slide' })).toBeDisabled()
      await user.click(presenter.getByRole('button', { name: 'Previous slide' }))
      expect(within(current).getByText('Sources cited (1/2)')).toBeInTheDocument()
      await act(() => Promise.resolve())
      expect(heading()).toBe('Sources cited (1/2)')
    })
  })
})
