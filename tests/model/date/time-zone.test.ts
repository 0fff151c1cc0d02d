import { describe, expect, it } from 'vitest'
import { dateInterval, formatDate, parseDate } from '../../../src/model/date'

/** The zone each vitest project sets through `env.TZ` (vite.config.ts), and its offset on 2019-01-01. */
const PROJECT_ZONES: Record<string, { zone: string; offsetMinutes: number }> = {
  'dates-tz-la': { zone: 'America/Los_Angeles', offsetMinutes: 480 },
  'dates-tz-kiritimati': { zone: 'Pacific/Kiritimati', offsetMinutes: -840 },
}

describe('time zones', () => {
  it('runs in the zone its project names', ({ task }) => {
    const project = task.file.projectName ?? ''
    const expected = PROJECT_ZONES[project]
    if (expected === undefined) {
      // The plain unit project runs in the machine's zone; the two zone projects are the ones that must differ.
      expect(project).toBe('unit')
      return
    }
    expect(process.env.TZ).toBe(expected.zone)
    expect(new Date(2019, 0, 1).getTimezoneOffset()).toBe(expected.offsetMinutes)
  })

  it('keeps a day at the edge of the year on its own day', () => {
    const result = parseDate('2019-01-01')
    expect(result.ok && dateInterval(result.date)).toEqual({ start: '2019-01-01', end: '2019-01-01' })
    expect(formatDate('2018-12-31', 'en')).toBe('31 December 2018')
    expect(formatDate('2019-01-01', 'ru')).toBe('1 января 2019 г.')
  })
})
