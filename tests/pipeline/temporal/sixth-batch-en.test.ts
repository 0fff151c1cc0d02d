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
`,
)

/** Texts read whole: every expression found, as `text=value` parted by " · " (null: none at all). */
const READINGS = textTable(
  ['what', 'text', 'document date', 'found?'],
  `
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
