/**
 * Scoring a temporal tagger against a gold set, after TempEval-3: an expression is found when a
 * prediction overlaps it (one to one); value accuracy is counted on found expressions; value F1 is
 * finding F1 × value accuracy. "Coarser" counts a value whose period contains the gold one apart.
 */
import { dateInterval, parseDate } from '../../src/model/date'

export interface Span {
  start: number
  end: number
  value: string | null
}

export interface Score {
  gold: number
  predicted: number
  found: number
  exact: number
  coarser: number
  precision: number
  recall: number
  f1: number
  accuracy: number
  valueF1: number
}

/** One-to-one overlap matching, in text order: each gold expression takes the first free overlapping prediction. */
export function matchSpans<G extends Span, P extends Span>(gold: readonly G[], predicted: readonly P[]): [G, P][] {
  const used = new Set<number>()
  const pairs: [G, P][] = []
  for (const g of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && p.start < g.end && p.end > g.start)
    if (index >= 0) {
      used.add(index)
      pairs.push([g, predicted[index] as P])
    }
  }
  return pairs
}

/** True when `predicted` is a different, wider period that contains `gold`'s. */
export function isCoarser(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null || gold === predicted) return false
  const g = parseDate(gold)
  const p = parseDate(predicted)
  if (!g.ok || !p.ok) return false
  const gi = dateInterval(g.date)
  const pi = dateInterval(p.date)
  return pi.start <= gi.start && pi.end >= gi.end && (pi.start < gi.start || pi.end > gi.end)
}

export function emptyCounts(): Pick<Score, 'gold' | 'predicted' | 'found' | 'exact' | 'coarser'> {
  return { gold: 0, predicted: 0, found: 0, exact: 0, coarser: 0 }
}

export function count(gold: readonly Span[], predicted: readonly Span[]): ReturnType<typeof emptyCounts> {
  const pairs = matchSpans(gold, predicted)
  return {
    gold: gold.length,
    predicted: predicted.length,
    found: pairs.length,
    exact: pairs.filter(([g, p]) => g.value === p.value).length,
    coarser: pairs.filter(([g, p]) => isCoarser(g.value, p.value)).length,
  }
}

export function addCounts(a: ReturnType<typeof emptyCounts>, b: ReturnType<typeof emptyCounts>) {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    found: a.found + b.found,
    exact: a.exact + b.exact,
    coarser: a.coarser + b.coarser,
  }
}

export function score(c: ReturnType<typeof emptyCounts>): Score {
  const precision = c.predicted === 0 ? 0 : c.found / c.predicted
  const recall = c.gold === 0 ? 0 : c.found / c.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  const accuracy = c.found === 0 ? 0 : c.exact / c.found
  return { ...c, precision, recall, f1, accuracy, valueF1: f1 * accuracy }
}
