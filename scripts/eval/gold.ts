/**
 * The hand-annotated gold sets of temporal expressions and the texts they refer to:
 * - `corpus` (tests/gold/dates.json): the corpus documents, which the rules were developed on;
 * - `held-out` (tests/gold/held-out/): articles written and annotated before the rules saw them;
 * - `unseen` (tests/gold/unseen/): real published documents (issue 20), texts in tests/fixtures/dates/,
 *   each scored before any rule was changed for it (tests/fixtures/dates/before-tuning.json).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Precision } from '../../src/model/date'

/**
 * What kind of expression a gold annotation is (issue 20). `explicit-date` names its year ("July 31, 2018",
 * "в декабре 2016 г."); `day-month` a day without one ("On January 14"); `month-relative-year` a month with an
 * implied or relative year ("in February", "в ноябре прошлого года"); `deictic` counts from the document's date
 * ("today", "on Tuesday", "last year", "two months ago"); `anaphoric` from the last date the text named ("the
 * same day", «в этот же день»); `duration` and `vague` name no date and have a null value.
 */
export const EXPRESSION_CLASSES = [
  'explicit-date',
  'day-month',
  'month-relative-year',
  'season',
  'part-of-month',
  'part-of-year',
  'half',
  'week',
  'range',
  'disjunction',
  'anaphoric',
  'deictic',
  'part-of-day',
  'year',
  'duration',
  'vague',
] as const
export type ExpressionClass = (typeof EXPRESSION_CLASSES)[number]

export interface GoldExpression {
  text: string
  start: number
  end: number
  value: string | null
  precision: Precision | null
  /** Required in the `unseen` set; the older sets predate it. */
  class?: ExpressionClass
}
export interface GoldDocument {
  language: 'ru' | 'en'
  documentDate: string
  expressions: GoldExpression[]
}
export type GoldSet = 'corpus' | 'held-out' | 'unseen'
export const GOLD_SETS: readonly GoldSet[] = ['corpus', 'held-out', 'unseen']

const GOLD_FILE: Record<GoldSet, string> = {
  corpus: 'tests/gold/dates.json',
  'held-out': 'tests/gold/held-out/dates.json',
  unseen: 'tests/gold/unseen/dates.json',
}

export function loadGold(root = process.cwd(), set: GoldSet = 'corpus'): Record<string, GoldDocument> {
  const file = GOLD_FILE[set]
  const gold = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, GoldDocument>
  for (const [id, doc] of Object.entries(gold)) {
    doc.expressions.forEach((g, i) => {
      if (g.class !== undefined && !(EXPRESSION_CLASSES as readonly string[]).includes(g.class)) {
        throw new Error(
          `${file}: ${id}.expressions[${i}].class: "${g.class}" is not one of ${EXPRESSION_CLASSES.join(', ')}`,
        )
      }
      if (set === 'unseen' && g.class === undefined) throw new Error(`${file}: ${id}.expressions[${i}] has no class`)
    })
  }
  return gold
}

/**
 * A gold document's text: `data/sources/<id>.txt`, the held-out copy, the unseen fixture, else the received
 * copy in `../shared/sources/extra/`.
 */
export function goldText(id: string, root = process.cwd()): string {
  const candidates = [
    path.join(root, 'data/sources', `${id}.txt`),
    path.join(root, 'tests/gold/held-out', `${id}.txt`),
    path.join(root, 'tests/fixtures/dates', `${id}.txt`),
    path.join(root, '../shared/sources/extra', `${id}.txt`),
  ]
  const file = candidates.find((f) => fs.existsSync(f))
  if (!file) throw new Error(`no text for gold document ${id}`)
  return fs.readFileSync(file, 'utf8')
}
