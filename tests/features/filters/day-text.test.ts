import { describe, expect, it } from 'vitest'
import { formatDayText, parseDayText } from '../../../src/features/filters/day-text'

describe('parseDayText', () => {
  it.each([
    ['31.05.2019', '2019-05-31'],
    ['1.3.2018', '2018-03-01'],
    ['2019-05-31', '2019-05-31'],
    ['2018-3-1', '2018-03-01'],
    [' 29.02.2016 ', '2016-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDayText(text)).toEqual({ ok: true, iso })
  })

  it('reads an empty field as no bound', () => {
    expect(parseDayText('  ')).toEqual({ ok: true, iso: null })
  })

  it.each(['05/31/2019', '31.05.19', '2019-05', 'завтра', '31.05.2019.'])(
    'refuses %j as not in a known form',
    (text) => {
      expect(parseDayText(text)).toEqual({ ok: false, problem: 'format' })
    },
  )

  it.each(['31.02.2019', '29.02.2019', '2019-13-01', '00.01.2019', '01.01.0000'])(
    'refuses %j as a day that does not exist',
    (text) => {
      expect(parseDayText(text)).toEqual({ ok: false, problem: 'no-such-day' })
    },
  )
})

describe('formatDayText', () => {
  it('writes the day in the language of the UI', () => {
    expect(formatDayText('2019-05-31', 'ru')).toBe('31.05.2019')
    expect(formatDayText('2019-05-31', 'en')).toBe('2019-05-31')
  })
})
