/**
 * The frozen before-tuning figures of the `unseen` gold set (issue 20): each document scored by the rules as
 * they stood when its gold was committed, before any rule was changed for it. The file is append-only: an
 * entry is never rewritten (`npm run eval:freeze` adds one and refuses a document already frozen).
 */
import fs from 'node:fs'
import path from 'node:path'
import { detectTemporalExpressions, type TemporalExpression } from '../../src/pipeline/temporal'
import type { GoldDocument } from './gold'
import { count, matchSpans, type emptyCounts } from './score'

export const BEFORE_TUNING_FILE = 'tests/fixtures/dates/before-tuning.json'
export const APPEND_ONLY_RULE =
  'Append-only. Each entry is a document of tests/gold/unseen/ scored by the rules at `rulesCommit`, before any rule was changed for it. Never edit or remove an entry; add one with `npm run eval:freeze -- <id>`.'

export type Counts = ReturnType<typeof emptyCounts>
export interface ClassCounts {
  gold: number
  found: number
  exact: number
}
export interface FrozenEntry {
  document: string
  language: 'ru' | 'en'
  /** The commit whose rules were scored (the working tree's rules were that commit's). */
  rulesCommit: string
  scoredAt: string
  counts: Counts
  valueF1: number
  byClass: Record<string, ClassCounts>
}
export interface FrozenFile {
  rule: string
  entries: FrozenEntry[]
}

export function readFrozen(root = process.cwd()): FrozenFile {
  const file = path.join(root, BEFORE_TUNING_FILE)
  if (!fs.existsSync(file)) return { rule: APPEND_ONLY_RULE, entries: [] }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as FrozenFile
}

/** Per-class counts: how many gold expressions of each class were found, and found with the exact value. */
export function countByClass(doc: GoldDocument, predicted: readonly TemporalExpression[]): Record<string, ClassCounts> {
  const out: Record<string, ClassCounts> = {}
  const pairs = new Map(matchSpans(doc.expressions, predicted))
  for (const g of doc.expressions) {
    const c = (out[g.class ?? 'unclassified'] ??= { gold: 0, found: 0, exact: 0 })
    c.gold++
    const p = pairs.get(g)
    if (p) {
      c.found++
      if (p.value === g.value) c.exact++
    }
  }
  return out
}

export function scoreDocument(text: string, doc: GoldDocument) {
  const predicted = detectTemporalExpressions(text, { language: doc.language, documentDate: doc.documentDate })
  return { predicted, counts: count(doc.expressions, predicted), byClass: countByClass(doc, predicted) }
}

export function addClassCounts(into: Record<string, ClassCounts>, from: Record<string, ClassCounts>): void {
  for (const [k, v] of Object.entries(from)) {
    const c = (into[k] ??= { gold: 0, found: 0, exact: 0 })
    c.gold += v.gold
    c.found += v.found
    c.exact += v.exact
  }
}
