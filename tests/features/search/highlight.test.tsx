import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { useState, type ReactElement } from 'react'
import { createSearchIndex, searchEvents, wordMatcher } from '../../../src/model/search'
import { Highlighted, highlight } from '../../../src/lib/highlight'
import { NoResults, SearchBox } from '../../../src/features/search'
import { DATASET } from '../fixtures/dataset'
import { renderFeature } from '../render'

const index = createSearchIndex(DATASET)
const matcher = (query: string) => wordMatcher(searchEvents(index, query).terms)
const marked = (text: string, query: string) =>
  highlight(text, matcher(query))
    .filter((segment) => segment.match)
    .map((segment) => segment.text)

describe('highlight', () => {
  it('marks other word forms of the query, as the search matched them', () => {
    expect(marked('Рабочие встречи по острову', 'встреча')).toEqual(['встречи'])
    expect(marked('held meetings in Moscow', 'meeting')).toEqual(['meetings'])
    // "Tokyo" matched the English word, not "Токио": only what the search matched is marked
    expect(marked('Заседания в Токио', 'заседание Tokyo')).toEqual(['Заседания'])
  })

  it('marks the word being typed and keeps all the text', () => {
    const segments = highlight('Foreign ministers’ talks in Moscow', matcher('Mosc'))
    expect(segments.map((segment) => segment.text).join('')).toBe('Foreign ministers’ talks in Moscow')
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['Moscow'])
  })

  it('marks nothing without terms', () => {
    expect(highlight('some text', null)).toEqual([{ text: 'some text', match: false }])
    expect(highlight('', () => true)).toEqual([])
    expect(wordMatcher([])).toBeNull()
  })
})

describe('<Highlighted>', () => {
  it('renders matches as <mark> and the rest as text', () => {
    const { container } = renderFeature(
      <p>
        <Highlighted text="Рабочие встречи <b>по</b> встречам" match={matcher('встреча')} />
      </p>,
    )
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['встречи', 'встречам'])
    expect(container.querySelector('b')).toBeNull() // text, never HTML
  })
})

function ControlledSearchBox({ onChange }: { onChange: (value: string) => void }) {
  const [value, setValue] = useState('')
  return (
    <SearchBox
      value={value}
      onChange={(next) => {
        setValue(next)
        onChange(next)
      }}
      resultCount={value === '' ? null : 3}
    />
  )
}

describe('<SearchBox>', () => {
  it('is a searchbox named "Search" that announces the number of results', async () => {
    const onChange = vi.fn()
    renderFeature(<ControlledSearchBox onChange={onChange} />)
    const box = screen.getByRole('searchbox', { name: 'Search' })
    expect(screen.getByRole('status')).toHaveTextContent('')
    await userEvent.type(box, 'Итуруп')
    expect(onChange).toHaveBeenLastCalledWith('Итуруп')
    expect(screen.getByRole('status')).toHaveTextContent('3 results')
    await userEvent.keyboard('{Escape}')
    expect(box).toHaveValue('')
  })

  it('is named "Поиск" in Russian', () => {
    renderFeature(<SearchBox value="встреча" onChange={() => {}} resultCount={5} />, 'ru')
    expect(screen.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('встреча')
    expect(screen.getByRole('status')).toHaveTextContent('5 результатов')
  })
})

describe('<SearchBox busy>', () => {
  const status = (ui: ReactElement, lng: 'en' | 'ru' = 'en') => {
    const { unmount } = renderFeature(ui, lng)
    const element = screen.getByRole('status')
    const seen = { text: element.textContent, busy: element.getAttribute('aria-busy') }
    unmount()
    return seen
  }

  it('says the search is under way, and marks the count busy until it is known', () => {
    expect(status(<SearchBox value="встреча" onChange={() => {}} resultCount={null} busy />, 'ru')).toEqual({
      text: 'Идёт поиск…',
      busy: 'true',
    })
    // A newer query on its way: the last count stays, marked busy.
    expect(status(<SearchBox value="встречи" onChange={() => {}} resultCount={2} busy />)).toEqual({
      text: '2 results',
      busy: 'true',
    })
    expect(status(<SearchBox value="встречи" onChange={() => {}} resultCount={2} />)).toEqual({
      text: '2 results',
      busy: 'false',
    })
  })
})

describe('<NoResults>', () => {
  it('says so and offers to clear the search and filters', async () => {
    const onClear = vi.fn()
    renderFeature(<NoResults onClear={onClear} />)
    const region = screen.getByRole('status')
    expect(region).toHaveTextContent('No events match the search and filters.')
    await userEvent.click(within(region).getByRole('button', { name: 'Clear the search and filters' }))
    expect(onClear).toHaveBeenCalledOnce()
  })
})
