/**
 * The English rules added for the misses of the sixth fresh batch (issue 20), with the reason a curator sees;
 * and the readings they must leave alone. Kept apart from fresh-batch.test.ts so the batches' tables change apart.
 */
import { describe, expect, it } from 'vitest'
import { textTable } from '../../setup/text-table'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { CASE_COLUMNS, check, type Case } from './class-case'

const EN: Case[] = textTable(
  CASE_COLUMNS,
  `
  month (after "since", in a clause about the future) | The trip will be his first visit to Russia since a September Cabinet reshuffle | 2019-12-10 | September | 2019-09 | past: governed by 'since'
  month ("since" in the expression) | The two have not met since June, and will meet in the autumn | 2019-09-04 | since June | 2019-06 | past: governed by 'since'
  month (an infinitive of going, after a past verb) | Abe invited Putin — during a meeting in Sochi — to come in December to Yamaguchi | 2016-05-20 | in December | 2016-12 | future: governed by 'to come'
  month (the purpose after the expression is not its tense) | Abe came to Vladivostok in September to attend the forum | 2016-12-01 | in September | 2016-09 | past: governed by 'came'
  month (the decision's own occasion after its infinitive) | Abe and Putin agreed to start talks on joint activities during their meeting in Japan in December | 2017-02-25 | in December | 2016-12 | past: governed by 'agreed'
  month (the plan's event after the infinitive stays the plan's) | Abe and Putin agreed to hold talks during the forum in September | 2017-02-25 | in September | 2017-09 | future: governed by 'agreed to hold'
  weekday (a purpose after it, a past verb before it) | The two ministers met on the sidelines of the UN General Assembly on Wednesday to discuss ties | 2019-09-26 | on Wednesday | 2019-09-25 | past: governed by 'met'
  part of month (a purpose after it and no verb before it is the plan) | Abe is considering visiting Russia in late April to hold talks with Putin | 2017-02-25 | in late April | 2017-04-END | future: governed by 'to hold'
  range (a month supplied in brackets) | "On [September] 4-6, Prime Minister Abe will visit Vladivostok," he said | 2019-09-03 | [September] 4-6 | 2019-09-04/2019-09-06 | span: future: governed by 'will visit'
  range (two years joined by a hyphen) | a non-permanent member of the Security Council in 2016-2017 | 2016-12-03 | in 2016-2017 | 2016/2017 | span: explicit years
  range (between two years) | Trade grew between 2014 and 2018 | 2019-01-10 | between 2014 and 2018 | 2014/2018 | span: explicit years
  year (the closing days of a war) | The islands were seized in the closing days of World War II | 2017-02-25 | the closing days of World War II | 1945 | en.historical
  year (the end of the war the text named) | The islands were seized after World War II. They came under Russian control at the end of the war. | 2017-04-27 | at the end of the war | 1945 | anaphoric: the war named before it, 'World War II'
  duration (a day trip) | It was planned as a day trip, but bad weather prevented the return | 2017-09-23 | a day trip | null | en.duration
  duration (the day trip) | The arrangement for the day trip to Etorofu is in line with the agreement | 2017-09-23 | the day trip | null | en.duration
  duration (a wait of years) | the process can often mean a wait of years before they secure permission | 2016-12-17 | a wait of years | null | en.duration
  duration (to wait months) | travelers have had to wait months before another trip | 2017-05-19 | wait months | null | en.duration
  vague (soon, closing its clause) | such a compromise can hardly be reached any time soon. | 2019-12-10 | any time soon | null | en.vague
  vague (a recent interview) | Suga commented on Lavrov's recent interview with the media | 2016-04-13 | recent interview | null | en.vague
  anaphoric (day one of an event) | The leaders met in Nagato on December 15. They agreed on day one of the summit to continue the dialogue | 2016-12-16 | on day one | 2016-12-15 | anaphoric: the same day as 2016-12-15
  anaphoric (day two of an event) | Putin arrived in Japan on December 15. On day two of the visit he went to Tokyo | 2016-12-16 | On day two | 2016-12-16 | anaphoric: the day after 2016-12-15
  vague (recent talks, no article) | At recent talks, Japan and Russia discussed it | 2017-04-27 | recent talks | null | en.vague
`,
)

/** Texts read whole: every expression found, as `text=value` parted by " · " (null: none at all). */
const READINGS = textTable(
  ['what', 'text', 'document date', 'found?'],
  `
  "soon" before its verb is the verb's manner, not a time | Former residents may soon fly to two of the islands | 2017-05-19 | null
  "as soon as" is a conjunction | He will visit as soon as possible. | 2017-05-19 | null
  two years joined by "and" are two years, not a span | The leaders met in 2016 and 2018 | 2019-01-10 | in 2016=2016 · 2018=2018
  a backward pair of years is no span | the 2018-2016 figures | 2019-01-10 | 2016=2016
  "from day one" is an idiom, no day | The sides have disagreed from day one of the talks | 2016-12-16 | null
  "the end of the war" with no war named before it is no date | Relations improved at the end of the war. | 2017-04-27 | null
  "the end of the war" after another war is not 1945 | World War II ended, and then the Korean War began; at the end of the war the border stayed. | 2017-04-27 | null
  "May" after a pronoun is the modal, capitalised in a title | You May Also Like | 2019-09-02 | null
  "May" after a pronoun in a sentence is the modal | It May be held in May. | 2019-09-02 | in May=2019-05
  "since" after an expression does not decide it | The talks in December will be the first since the reshuffle | 2019-11-10 | in December=2019-12
`,
)

describe('sixth-batch rules (English)', () => {
  it.each(EN)('%s: %s', (...c) => check(c, 'en'))
  it.each(READINGS)('%s: %s', (_what, text, documentDate, expected) => {
    const found = detectTemporalExpressions(text, { language: 'en', documentDate })
    expect(found.map((e) => `${e.text}=${e.value ?? 'null'}`).join(' · ')).toBe(expected ?? '')
  })
})
