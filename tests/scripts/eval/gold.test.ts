import { describe, expect, it } from 'vitest'
import { detectTemporalExpressions } from '../../../src/pipeline/temporal'
import { GOLD_SETS, goldText, loadGold } from '../../../scripts/eval/gold'
import { parseDate } from '../../../src/model/date'

// Both sets: the corpus documents (the rules were developed on them) and the held-out articles
// (tests/gold/held-out/, annotated before the rules were changed for them).
const gold = Object.fromEntries(GOLD_SETS.flatMap((set) => Object.entries(loadGold(process.cwd(), set))))

/** Known misses: `${documentId}@${start}` → reason. Such cases run as `it.fails`, so they stay visible. */
const KNOWN_MISSES: Record<string, string> = {
  'pnp-2017-05-16-ru@571':
    "«Вечером» alone is given the report's day by the part-of-day rule; the gold leaves it undated (no day is named before it)",
  'vedomosti-2016-02-05-ru@35':
    'The gold reads «до начала мая» as early May; the rules, like the older gold («до конца года»), as a span from the document date.',
  'sputnik-2018-09-14-en@560':
    'A caption glued to its photo credit ("© REUTERS / …/PoolRussian President …, December 16, 2016"): the credit zone, as in the corpus, hides it.',
  // A fresh check of 6 English documents frozen on the rules tuned for the sixth batch (c0b45ed).
  'washingtonmorning-2019-09-02-en@1273':
    'fresh check: a later article\'s teaser in the page furniture ("The Argentine presidential election ended on October 27"): 2019 by what it reports, 2018 by the page\'s date and the past tense',
  // The seventh English batch (frozen on the rules of edf8d5a).
  'urdupoint-2019-01-21-en@1992':
    'seventh batch: the excerpt ends inside a word ("Following talks with Kono last wee"): the gold reads it as last week, no rule can',
}
/** Known false positives: `${documentId}@${start}` of the predicted expression → reason; run as `it.fails`. */
const KNOWN_EXTRAS: Record<string, string> = {
  'tass-2018-08-17-en@1448':
    '"currently" is found as a vague expression the gold does not annotate (issue 22 document)',
  'japantimes-2017-05-19-en@61':
    'the headline\'s "in June" (of the plan; left out of the gold, see the fixtures README) is read as 2016',
  'japantimes-2017-05-19-en@260':
    '"now" is found as a vague expression the gold does not annotate (issue 22, before 2018)',
  'japantimes-2017-05-19-en@1269':
    '"at the last minute" is found as a vague expression the gold does not annotate (issue 22, before 2018)',
  'kremlin-2017-09-07-eef-en@1184': '"many years" (a duration) the gold does not annotate (issue 22, before 2018)',
  'tass-2018-10-12-en@400':
    '"are now coordinating": "now" is vague by the convention of the other sets, and the annotator left it out.',
  'tass-2016-12-05-en@1594':
    'fresh batch: "the end of World War II" (1945 by the convention of the other sets) was left out of its gold by the annotator; the count stays as frozen.',
  'tass-2016-02-05-en@1641':
    '"After the end of the war" (WWII, named just before it): 1945 by the convention of "the end of World War II", left out of the gold; the count stays as frozen.',
  'tass-2016-12-05-en@1820':
    '"after the end of the war" (World War II, named just before it): 1945 by the same convention, left out of the gold; the count stays as frozen.',
  'japantimes-2016-12-17-en@1290':
    'fresh check: "who now lives in Kawasaki": "now" is vague by the convention of the other sets, and the annotator left it out',
  'oana-2017-10-26-en@1520':
    'seventh batch: "an image of the future" is vague by the convention of "the future of … relations" (tass-2019-08-05-en), and the annotator left it out',
  'mofa-2020-02-15-en@1693':
    '"at an early date" is vague by the convention of kantei-2017-11-10-en, and the annotator left it out',
  'tass-2018-09-05-en@1040':
    'seventh batch: "are currently considering": "currently" is vague by the convention of the other sets, and the annotator left it out',
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

  const extra = predicted.filter((p) => !doc.expressions.some((g) => p.start < g.end && p.end > g.start))
  it('finds nothing that is not in the gold set', () => {
    const unknown = extra.filter((p) => !KNOWN_EXTRAS[`${id}@${p.start}`])
    expect(unknown.map((p) => p.text)).toEqual([])
  })
  for (const p of extra.filter((x) => KNOWN_EXTRAS[`${id}@${x.start}`])) {
    it.fails(`known false positive "${p.text}" is still found`, () => {
      expect(predicted.some((x) => x.start === p.start)).toBe(false)
    })
  }

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
