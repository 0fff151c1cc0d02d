import { describe, expect, it } from 'vitest'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { GOLD_SETS, goldText, loadGold } from '../../../scripts/eval/gold'
import { parseDate } from '../../../src/model/date'

// Both sets: the corpus documents (the rules were developed on them) and the held-out articles
// (tests/gold/held-out/, annotated before the rules were changed for them).
const gold = Object.fromEntries(GOLD_SETS.flatMap((set) => Object.entries(loadGold(process.cwd(), set))))

/** Known misses: `${documentId}@${start}` → reason. Such cases run as `it.fails`, so they stay visible. */
const KNOWN_MISSES: Record<string, string> = {
  'vedomosti-2016-02-05-ru@35':
    'The gold reads «до начала мая» as early May; the rules, like the older gold («до конца года»), as a span from the document date.',
  'sputnik-2018-09-14-en@560':
    'A caption glued to its photo credit ("© REUTERS / …/PoolRussian President …, December 16, 2016"): the credit zone, as in the corpus, hides it.',
}
/**
 * Known extra finds: `${documentId}@${start}` → reason. The gold of a frozen unseen document is never grown
 * (its before-tuning figure counted its expressions), so an expression the annotator left out stays listed here.
 */
const KNOWN_EXTRAS: Record<string, string> = {
  'tass-2018-10-12-en@400':
    '"are now coordinating": "now" is vague by the convention of the other sets, and the annotator left it out.',
}

describe.each(Object.entries(gold))('gold %s', (id, doc) => {
  const body = goldText(id)
  const predicted = detectTemporalExpressions(body, { language: doc.language, documentDate: doc.documentDate })

  it('annotations quote the text exactly and hold valid values', () => {
    for (const g of doc.expressions) {
      expect(body.slice(g.start, g.end)).toBe(g.text)
      if (g.value !== null) {
        const parsed = parseDate(g.value)
        expect(parsed.ok && parsed.date.kind).toBe(g.precision)
      } else expect(g.precision).toBeNull()
    }
  })

  it('predictions quote the text exactly', () => {
    for (const p of predicted) expect(body.slice(p.start, p.end)).toBe(p.text)
  })

  it('finds nothing that is not in the gold set', () => {
    const extra = predicted.filter((p) => !doc.expressions.some((g) => p.start < g.end && p.end > g.start))
    const known = Object.keys(KNOWN_EXTRAS).filter((k) => k.startsWith(`${id}@`))
    // A listed extra that is no longer found is stale: remove it from the list.
    expect(extra.map((p) => `${id}@${p.start}`).filter((k) => known.includes(k))).toEqual(known)
    expect(extra.filter((p) => !KNOWN_EXTRAS[`${id}@${p.start}`]).map((p) => p.text)).toEqual([])
  })

  for (const g of doc.expressions) {
    const key = `${id}@${g.start}`
    const test = KNOWN_MISSES[key] ? it.fails : it
    test(`"${g.text}" → ${g.value ?? 'no date'}`, () => {
      const p = predicted.find((x) => x.start < g.end && x.end > g.start)
      expect(p, 'found').toBeDefined()
      expect(p?.value ?? null).toBe(g.value)
      expect(p?.precision ?? null).toBe(g.precision)
    })
  }
})
