/**
 * The English rules added for the misses of the seventh fresh batch (issue 20) and the older misses it took up,
 * with the reason a curator sees; and the readings they must leave alone. Kept apart from the other batches'
 * tables so each batch's cases change apart.
 */
import { describe, expect, it } from 'vitest'
import { textTable } from '../../setup/text-table'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { CASE_COLUMNS, check, type Case } from './class-case'

const EN: Case[] = textTable(
  CASE_COLUMNS,
  `
  weekday (a superseded plan: "was supposed to") | The group was supposed to return to Nemuro on Monday, but could not do it because of bad weather. | 2017-10-31 | on Monday | 2017-10-30 | past: governed by 'was supposed to return'
  month (a superseded plan: "was originally scheduled for") | The visit was originally scheduled for June but postponed by inclement weather. | 2017-09-23 | June | 2017-06 | past: governed by 'was originally scheduled for'
  month (a plan given up: "had been planned for") | The trip had been planned for May, then called off. | 2017-09-23 | May | 2017-05 | past: governed by 'had been planned for'
  day-month (the date set for an event) | Abe announced the date of Dec 15 for a highly anticipated bilateral summit in Japan. | 2016-09-02 | Dec 15 | 2016-12-15 | future: governed by 'announced the date of'
  weekday (a day of a coming visit from a weekday) | Abe will pay a four-day visit to Russia from next Thursday, the spokesman said Friday. He is scheduled to attend a forum in Saint Petersburg on Friday. | 2018-05-18 | on Friday | 2018-05-25 | future: a day of the visit from 2018-05-24, named before it
  weekday (a day of a coming visit, the day after the document's) | Abe will pay a four-day visit to Russia from next Thursday. Talks with Putin will be held in Moscow on Saturday. | 2018-05-18 | on Saturday | 2018-05-26 | future: a day of the visit from 2018-05-24, named before it
  weekday (a day of a coming visit from a date) | The delegation will make a three-day trip to the islands from June 27. On Thursday it will go to Iturup. | 2017-06-20 | On Thursday | 2017-06-29 | future: a day of the visit from 2017-06-27, named before it
  weekday (an abbreviation's full stop ends no clause) | Abe is scheduled to attend a forum in St. Petersburg on Friday. | 2018-05-16 | on Friday | 2018-05-18 | future: governed by 'to attend'
  duration (a delay against a schedule) | The plane departed an hour later than scheduled. | 2018-07-22 | an hour later than | null | duration: a delay against a schedule
  anaphoric (at that time: the time named last, whole) | Osaka will host the G20 summit on June 28-29, 2019, and Putin is likely to visit Japan at that time. | 2018-09-05 | at that time | 2019-06-28/2019-06-29 | anaphoric: the time of 2019-06-28/2019-06-29, the last date named
  vague (at that time, with nothing named before it) | At that time relations were cool. | 2018-09-05 | At that time | null | vague: no date named before it
  vague (a habitual season) | Until now, the trips have only been made by chartered ships during the summer. | 2017-09-23 | during the summer | null | vague: a habitual season, after 'Until now'
  vague ("Today," set against a past long gone: nowadays) | The islands were seized in August 1945. Today, only about 6,300 of the original residents are alive. | 2016-12-17 | Today | null | vague: 'Today' set against 1945, named before it, means nowadays
  anaphoric (the same day of a plan, not of its report) | Former residents may fly to the islands on June 18, as plans are being finalized, according to reports quoting sources on Friday. The plane will head back to Hokkaido later the same day. | 2017-05-19 | later the same day | 2017-06-18 | the last day of a plan named (not 2017-05-19, named after it)
  vague (at an early date) | We agreed to hold vice-ministerial discussions at an early date. | 2017-11-10 | at an early date | null | en.vague
  explicit-date (a year and a month, ISO-style) | date 2019-01 Japan's prime minister traveled to Moscow | 2019-01-21 | 2019-01 | 2019-01 | explicit year and month (ISO)
`,
)

/** Texts read whole: every expression found, as `text=value` parted by " · " (null: none at all). */
const READINGS = textTable(
  ['what', 'text', 'document date', 'found?'],
  `
  a plan still standing is ahead | The group will return to Nemuro on Monday. | 2017-10-31 | on Monday=2017-11-06
  a past plan not said to be given up stays a plan | The talks were scheduled for June, the minister said. | 2017-09-23 | June=2018-06
  a weekday before the visit begins is not moved into it | Abe will pay a four-day visit from next Thursday. He will meet the press on Monday. | 2018-05-18 | four-day=null · next Thursday=2018-05-24 · on Monday=2018-05-21
  a weekday in the past is not a day of a coming visit | Abe will pay a visit from next Thursday, the spokesman said on Tuesday. | 2018-05-18 | next Thursday=2018-05-24 · on Tuesday=2018-05-15
  a weekday beyond the visit's length is not of it | Abe will pay a two-day visit from next Thursday. He will go to Osaka on Sunday. | 2018-05-18 | two-day=null · next Thursday=2018-05-24 · on Sunday=2018-05-20
  a season in a proper name is no season | the Pyeongchang Winter Olympic figure skating champion | 2018-05-18 | null
  a season in the Winter Games is no season | athletes of the Summer Games | 2018-05-18 | null
  a night spent somewhere is no time | The group spent the night on a ship in the sea. | 2017-10-31 | null
  "the future" before the noun it qualifies is an adjective | the future joint activity in southern Kurils | 2017-06-28 | null
  "the future of" stays vague | Concern was voiced about the future of relations | 2019-08-05 | the future=null
  "in the future" stays vague | we hope to make it a business in the future we share | 2017-06-28 | in the future=null
  "today" inside a sentence stays the day | He said today there are plans to discuss the issues. | 2016-06-22 | today=2016-06-22
  "Today," after a recent year stays the day | Abe visited Moscow in 2016. Today, he meets Putin again. | 2016-06-22 | in 2016=2016 · Today=2016-06-22
  "Today," with an event's verb after a distant year stays the day | In 1956 the two countries signed a declaration. Today, Abe will meet Putin. | 2018-11-14 | In 1956=1956 · Today=2018-11-14
  a plan after an adverb of habit is one season | Talks are usually held in Moscow, but the next round will take place during the summer. | 2017-06-01 | during the summer=2017-SU
  a season with no adverb of habit is one season | The trips will be made during the summer. | 2017-06-01 | during the summer=2017-SU
  the day after a plan counts from the document's day named in its paragraph | Abe arrives in Moscow today. The following day he will meet Putin. | 2016-06-22 | today=2016-06-22 · The following day=2016-06-23
  the next day of a past day counts from it | Abe met Putin on May 26. The next day he left. | 2016-06-22 | May 26=2016-05-26 · The next day=2016-05-27
  two years joined by a hyphen are not a month | in 2011-12 the talks stalled | 2017-06-28 | null
  an ISO day is not cut to its month | date 2019-01-21 Abe traveled | 2019-01-21 | 2019-01-21=2019-01-21
`,
)

describe('seventh-batch rules (English)', () => {
  it.each(EN)('%s: %s', (...c) => check(c, 'en'))
  // A table's row is one line, so the paragraph break of this case is written out here.
  it("vague (the day after a plan's unnamed day, the last day named in another paragraph)", () => {
    const text =
      'We are meeting here today.\n\nI am ready to welcome you at an inn in Nagato, and on the following day, we shall arrive in Tokyo.'
    check(
      [
        'vague',
        text,
        '2016-11-20',
        'on the following day',
        null,
        'vague: a day of a plan counted from a day the text does not name',
      ],
      'en',
    )
  })
  it.each(READINGS)('%s: %s', (_what, text, documentDate, expected) => {
    const found = detectTemporalExpressions(text, { language: 'en', documentDate })
    expect(found.map((e) => `${e.text}=${e.value ?? 'null'}`).join(' · ')).toBe(expected ?? '')
  })
})
