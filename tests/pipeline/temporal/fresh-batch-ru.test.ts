/**
 * The Russian rules added for the misses of the sixth fresh batch (issue 20) and of the earlier batches'
 * before-tuning figures, with the reason a curator sees. Kept apart from fresh-batch.test.ts, whose two
 * languages change together, so this table changes on its own.
 */
import { describe, expect, it } from 'vitest'
import { textTable } from '../../setup/text-table'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { CASE_COLUMNS, check, type Case } from './class-case'

const RU: Case[] = textTable(
  CASE_COLUMNS,
  `
  month (the past of a verb in -чь: «возникла») | Эта идея возникла на встрече лидеров на полях саммита в ноябре | 2016-05-01 | в ноябре | 2015-11 | past: governed by 'возникла'
  month (the past of «быть» before a participle) | Договоренность об этом была достигнута в январе | 2016-10-01 | в январе | 2016-01 | past: governed by 'была'
  month (the past of a verb in -ти: «пришли») | Стороны пришли к согласию в декабре | 2017-10-01 | в декабре | 2016-12 | past: governed by 'пришли'
`,
)

describe('sixth fresh batch, Russian rules', () => {
  it.each(RU)('%s: %s', (...c) => check(c, 'ru'))
})
