/** The id suggested for a new event, the same function for the server's draft and the page's form. */
import { describe, expect, it } from 'vitest'
import { eventId } from '../../src/studio/shared/event-id'

const none = new Set<string>()

describe('a suggested event id', () => {
  it('is the day and at most six latin words of the title, without the words that say nothing', () => {
    expect(eventId('2017-09-03', 'Abe and Putin talk by telephone', none)).toBe('2017-09-03-abe-putin-talk-telephone')
    // The possessive's "s" goes with the articles; the seventh word and after are left out.
    expect(eventId('2017-09-03', "Abe: North Korea's nuclear test a grave threat", none)).toBe(
      '2017-09-03-abe-north-korea-nuclear-test-grave',
    )
    expect(eventId('2017-12', 'Working groups', none)).toBe('2017-12-working-groups')
    expect(eventId('2017-W36', 'Leaders agree', none)).toBe('2017-w36-leaders-agree')
  })

  it('is the date alone when the title has no latin word, and never longer than 90 characters', () => {
    expect(eventId('2017-09-03', 'Телефонный разговор', none)).toBe('2017-09-03')
    expect(eventId('', 'Working groups', none)).toBe('working-groups')
    const long = eventId('2017-09-03', 'Interministerial '.repeat(3) + 'consultations '.repeat(3), none)
    expect(long.length).toBeLessThanOrEqual(90)
    expect(long).toMatch(/^2017-09-03-interministerial-[a-z-]+[a-z]$/)
  })

  it('takes a number when the folder has the id already', () => {
    const taken = new Set(['2017-12-working-groups', '2017-12-working-groups-2'])
    expect(eventId('2017-12', 'Working groups', taken)).toBe('2017-12-working-groups-3')
    expect(eventId('2017-12', 'Working groups meet', taken)).toBe('2017-12-working-groups-meet')
  })
})
