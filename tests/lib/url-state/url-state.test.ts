import { describe, expect, it } from 'vitest'
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from '../../../src/lib/url-state'

describe('parseUrlState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE)
  })

  it('reads every key', () => {
    const state = parseUrlState(
      '?lang=ru&view=list&group=kind&topics=peace-treaty,humanitarian&event=nagato-summit&doc=mofa-2019-05-31-ru' +
        '&from=2017-01-01&to=2019-12-31&q=%D0%BA%D1%83%D1%80%D0%B8%D0%BB%D1%8B&period=2018-01-01/2018-12-31' +
        '&eras=kono-foreign-minister,abe-second-premiership&status=planned&kind=summit,meeting&people=taro-kono&places=tokyo,moscow&docs=a-b&story=s1&present=3&bi=1&presenter=1',
    )
    expect(state).toEqual<UrlState>({
      lang: 'ru',
      view: 'list',
      group: 'kind',
      topics: ['peace-treaty', 'humanitarian'],
      event: 'nagato-summit',
      doc: 'mofa-2019-05-31-ru',
      window: { from: '2017-01-01', to: '2019-12-31' },
      q: 'курилы',
      period: { from: '2018-01-01', to: '2018-12-31' },
      eras: ['kono-foreign-minister', 'abe-second-premiership'],
      status: 'planned',
      kind: ['summit', 'meeting'],
      people: ['taro-kono'],
      places: ['tokyo', 'moscow'],
      docs: ['a-b'],
      story: 's1',
      present: 3,
      bi: true,
      presenter: true,
    })
  })

  it('tells "all topics" (absent) from "no topic" (empty), and leaves ids to be checked against the dataset', () => {
    expect(parseUrlState('').topics).toBeNull()
    expect(parseUrlState('?topics=').topics).toEqual([])
    expect(parseUrlState('?topics=,,').topics).toEqual([])
    // Well-formed ids are kept, once each (known-ids.ts drops the ones the dataset lacks); malformed ones are not.
    expect(parseUrlState('?topics=nope,peace-treaty,,peace-treaty,Bad!').topics).toEqual(['nope', 'peace-treaty'])
    // Nothing but malformed entries is no choice at all, not the empty one: the default.
    expect(parseUrlState('?topics=Bad!,%20').topics).toBeNull()
    expect(parseUrlState('?kind=Summit').kind).toBeNull()
  })

  it('reads eras as a list of period ids, dropping what is not id-shaped', () => {
    expect(parseUrlState('?eras=abe-second-premiership,Bad%20Id,abe-second-premiership').eras).toEqual([
      'abe-second-premiership',
    ])
    expect(parseUrlState('?eras=%3Cscript%3E').eras).toBeNull()
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, eras: ['a', 'b'] })).toBe('?eras=a,b')
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, eras: null })).toBe('')
  })

  it('lets the first of repeated keys win', () => {
    expect(parseUrlState('?lang=ru&lang=en&view=list&view=timeline').lang).toBe('ru')
    expect(parseUrlState('?view=list&view=timeline').view).toBe('list')
  })

  it.each([
    '?lang=de',
    '?view=grid',
    '?group=people',
    '?event=<script>',
    '?event=' + 'a'.repeat(200),
    '?from=2019-02-30&to=2019-03-01',
    '?from=2019-05-01&to=2019-01-01',
    '?from=2019-05-01',
    '?period=2019',
    '?present=-1',
    '?present=1.5',
    '?status=maybe',
    '?bi=yes',
    '?%E0%A4%A=1',
    '?lang=%ZZ',
    '??&&==',
  ])('falls back to defaults on garbage: %s', (search) => {
    const state = parseUrlState(search)
    expect(serializeUrlState(state)).toBe('')
  })

  it('reads present=0 as the title slide, not as "not presenting"', () => {
    expect(parseUrlState('?present=0').present).toBe(0)
    expect(serializeUrlState(parseUrlState('?present=0'))).toBe('?present=0')
  })

  it('never throws on arbitrary input', () => {
    for (const search of ['%', '?q=%', '?topics=%2C%2C', '\u0000', '?from=9999-99-99&to=0000-00-00']) {
      expect(() => parseUrlState(search)).not.toThrow()
    }
  })
})

describe('serializeUrlState', () => {
  it('omits defaults', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('')
  })

  it('writes keys in a stable order, whatever the input order', () => {
    const a = serializeUrlState({ ...DEFAULT_URL_STATE, event: 'x', lang: 'en', topics: ['humanitarian'] })
    expect(a).toBe('?lang=en&topics=humanitarian&event=x')
  })

  it('keeps "no topic" as an empty value', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, topics: [] })).toBe('?topics=')
  })

  it('round-trips', () => {
    const searches = [
      '?lang=ru&view=list&group=topic&topics=peace-treaty,humanitarian&event=e-1&from=2017-01-01&to=2019-12-31',
      '?view=documents&doc=mofa-2019-05-31-ru&q=Kuril%20islands&period=2018-01-01/2018-06-30&status=held',
      '?kind=summit&people=taro-kono&places=tokyo&docs=a,b&story=main&present=2&bi=1',
      '?topics=',
    ]
    for (const search of searches) {
      expect(serializeUrlState(parseUrlState(search))).toBe(search)
      const state = parseUrlState(search)
      expect(parseUrlState(serializeUrlState(state))).toEqual(state)
    }
  })
})
