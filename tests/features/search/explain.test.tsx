import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MatchReasons } from '../../../src/features/search'
import { explainMatch } from '../../../src/features/search/explain'
import { createSearchIndex, searchEvents } from '../../../src/model/search'
import { DATASET, EVENTS } from '../fixtures/dataset'
import { renderFeature } from '../render'

const index = createSearchIndex(DATASET)
const iturup = EVENTS.find((event) => event.id === 'iturup-2019-06')!

function explain(query: string, event = iturup) {
  const result = searchEvents(index, query)
  return explainMatch(event, result.fieldsOf(event.id), DATASET)
}

describe('explainMatch', () => {
  it('finds an event through an alias and marks the name the alias stands for', () => {
    const why = explain('Etorofu')
    expect(why.reasons).toEqual([
      { field: 'place', id: 'iturup', name: { ru: 'Итуруп', en: 'Iturup' }, alias: 'Etorofu' },
    ])
    // Neither text says "Etorofu": the quote's "Итурупе" and the translation's "Iturup" are marked instead.
    expect(['Итурупе', 'Iturup'].map((word) => why.match?.(word))).toEqual([true, true])
    expect(why.match?.('island')).toBe(false)
  })

  it('names each field a word matched in, once, in a fixed order', () => {
    expect(explain('хозяйственную').reasons).toEqual([{ field: 'quote' }])
    expect(explain('joint economic').reasons).toEqual([{ field: 'translation' }])
    expect(explain('Итуруп').reasons.map((r) => r.field)).toEqual(['quote', 'place'])
    expect(explain('Итуруп').reasons[1]).toMatchObject({ alias: null })
    expect(explain('island').reasons).toEqual([{ field: 'title' }])
  })

  it('has no reasons and marks nothing for an event the search did not find', () => {
    expect(explain('Лавров')).toEqual({ reasons: [], match: null })
  })
})

describe('<MatchReasons>', () => {
  const reasons = explain('Итуруп Etorofu').reasons

  it('says where the search matched in one sentence, alias included (en)', () => {
    renderFeature(<MatchReasons reasons={[{ field: 'title' }, ...explain('Etorofu').reasons]} lang="en" />)
    expect(screen.getByText(/^Matched/)).toHaveTextContent('Matched the title and alias Etorofu of Iturup')
  })

  it('in Russian too', () => {
    renderFeature(<MatchReasons reasons={reasons} lang="ru" />, 'ru')
    expect(screen.getByText(/^Совпадение/)).toHaveTextContent('Совпадение: цитата и место Итуруп')
  })
})
