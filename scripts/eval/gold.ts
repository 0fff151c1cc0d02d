/**
 * The hand-annotated gold sets of temporal expressions and the texts they refer to:
 * - `corpus` (tests/gold/dates.json): the corpus documents, which the rules were developed on;
 * - `held-out` (tests/gold/held-out/): articles written and annotated before the rules saw them.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Precision } from '../../src/model/date'

export interface GoldExpression {
  text: string
  start: number
  end: number
  value: string | null
  precision: Precision | null
}
export interface GoldDocument {
  language: 'ru' | 'en'
  documentDate: string
  expressions: GoldExpression[]
}
export type GoldSet = 'corpus' | 'held-out'
export const GOLD_SETS: readonly GoldSet[] = ['corpus', 'held-out']

const GOLD_FILE: Record<GoldSet, string> = {
  corpus: 'tests/gold/dates.json',
  'held-out': 'tests/gold/held-out/dates.json',
}

export function loadGold(root = process.cwd(), set: GoldSet = 'corpus'): Record<string, GoldDocument> {
  return JSON.parse(fs.readFileSync(path.join(root, GOLD_FILE[set]), 'utf8')) as Record<string, GoldDocument>
}

/** A gold document's text: `data/sources/<id>.txt`, the held-out copy, else the received copy in `../shared/sources/extra/`. */
export function goldText(id: string, root = process.cwd()): string {
  const candidates = [
    path.join(root, 'data/sources', `${id}.txt`),
    path.join(root, 'tests/gold/held-out', `${id}.txt`),
    path.join(root, '../shared/sources/extra', `${id}.txt`),
  ]
  const file = candidates.find((f) => fs.existsSync(f))
  if (!file) throw new Error(`no text for gold document ${id}`)
  return fs.readFileSync(file, 'utf8')
}
