import { expect } from 'vitest'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'

/**
 * A case of a class of issue 20: the text, the document's date, the expression looked for, its value (null:
 * names no date) and a part of the reason the resolution must give.
 */
export type Case = [
  cls: string,
  text: string,
  documentDate: string,
  expression: string,
  value: string | null,
  reason: string,
]

export const CASE_COLUMNS = ['class', 'text', 'document date', 'expression', 'value?', 'reason'] as const

export function check([, text, documentDate, expression, value, reason]: Case, language: 'ru' | 'en') {
  const found = detectTemporalExpressions(text, { language, documentDate })
  const e = found.find((x) => x.text === expression)
  expect(e, `found: ${found.map((x) => x.text).join(' · ')}`).toBeDefined()
  expect(e?.value ?? null).toBe(value)
  expect(e?.reason).toContain(reason)
}
