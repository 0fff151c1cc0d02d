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
  // The 2018–2020 corpus documents of issue 22, frozen before tuning (tests/fixtures/dates/before-tuning.json):
  // misses the rules have not been tuned for yet.
  'tass-2019-10-08-en@788': '"by October 16" is read as the start of October',
  'interfax-2019-10-09-ru@148':
    '"на конец месяца или на начало ноября" (an alternative of month parts) is read in part',
  'japantimes-2019-10-30-en@1585': '"later in the week" is read as a day of the next week',
  'tass-2018-08-17-en@909': '"later in the day" is read from the last date named (16 August), not the report\'s day',
  'interfax-2018-10-05-en@1809': '"December 15 and 16, 2016" is split, with wrong years',
  'inosmi-2018-07-28-ru@780': '"Одну ночь" (a duration) is not found',
  // The documents of issue 22 before 2018, frozen before any tuning on them (tests/fixtures/dates/README.md).
  'nippon-2017-09-23-en@560': 'issue 22, before tuning: "a day trip" (a duration) is not found',
  'nippon-2017-09-23-en@635': 'issue 22, before tuning: "within the day" is read as the next day',
  'japantimes-2017-05-19-en@775': 'issue 22, before tuning: "later the same day" takes the document date, not 18 June',
  'japantimes-2017-05-19-en@1347': 'issue 22, before tuning: "months" (a duration) is not found',
  'newsfront-2016-12-15-en@393': 'issue 22, before tuning: "the second day" (of the visit) is not found',
  'peopledaily-2001-05-15-en@323': 'issue 22, before tuning: "the recent summit" (vague) is not found',
  'lawmix-2001-03-25-ru@953': 'issue 22, before tuning: «в 90-х годах» (a decade, no value) is not found',
  'pnp-2017-05-16-ru@24': 'issue 22, before tuning: site furniture «два дня назад» is dated from the document',
  'pnp-2017-05-16-ru@348': 'issue 22, before tuning: «в нынешнем году» is not found',
  'kremlin-2017-09-07-en@1903': 'issue 22, before tuning: "soon" (vague) is not found',
  'kremlin-2017-09-04-en@161': 'issue 22, before tuning: the title\'s "September 5–8" is not found',
  'kremlin-2017-09-04-en@259': 'issue 22, before tuning: "on September 5–8" is read as its first day only',
  'rg-2016-09-02-ru@8': 'issue 22, before tuning: «с утра» is found without the day',
  'kremlin-2016-11-20-en@1574': 'issue 22, before tuning: "on the following day" has no named antecedent, yet is dated',
  'kantei-2017-11-10-en@1974': 'issue 22, before tuning: "at an early date" (vague) is not found',
  'tass-2017-09-28-en@388': 'issue 22, before tuning: "soon" (vague) is not found',
  'vedomosti-2016-02-05-ru@35':
    'The gold reads «до начала мая» as early May; the rules, like the older gold («до конца года»), as a span from the document date.',
  'sputnik-2018-09-14-en@560':
    'A caption glued to its photo credit ("© REUTERS / …/PoolRussian President …, December 16, 2016"): the credit zone, as in the corpus, hides it.',
  // The fifth fresh batch (17 documents), frozen on the rules of d7f2db2 before any rule was changed for it.
  'kommersant-2016-05-07-ru@231':
    'fresh batch: «получил приглашение вернуться в сентябре» is read as the past September',
  'vedomosti-2016-12-15-ru@461': 'fresh batch: «первый день» (of the visit) is not found',
  'vedomosti-2016-12-15-ru@936': 'fresh batch: «к сегодняшней встрече» (an adjective of today) is not found',
  'tsargrad-2019-01-14-ru@226':
    'fresh batch: «на следующей неделе, во вторник, 22 января» is read as the week, not the day it names',
  'tsargrad-2019-01-14-ru@346': 'fresh batch: «Сегодняшняя встреча» (an adjective of today) is not found',
  'tsargrad-2019-01-14-ru@923': 'fresh batch: «сегодняшних переговоров» (an adjective of today) is not found',
  'mofa-2016-11-19-en@1446':
    'fresh batch: "the day after the December 15 meeting" is read as the day after the document date',
  'mofa-2018-12-01-en@617': 'fresh batch: "the recent agreement" (vague) is not found',
  'mofa-2018-12-01-en@1674': 'fresh batch: "early in the new year" is not found',
  'newsfront-2017-07-12-en@1446': 'fresh batch: "In February, … said" (past) is read as next February',
  'tass-2016-12-05-en@1624': 'fresh batch: "the middle of the 20th centuries" (vague) is not found',
  'newsfront-2019-11-22-en@893': 'fresh batch: "At the end of the same month" is read as the whole month',
}
/** Known false positives: `${documentId}@${start}` of the predicted expression → reason; run as `it.fails`. */
const KNOWN_EXTRAS: Record<string, string> = {
  'rbc-2020-08-31-ru@1066':
    '«65-летний» (an age) is found as a duration (issue 22 document, after the generalisation rules)',
  'japantimes-2019-10-30-en@1567': '"spring" of "hot spring" is read as a season (issue 22 document, before tuning)',
  'tass-2018-08-17-en@1448':
    '"currently" is found as a vague expression the gold does not annotate (issue 22 document)',
  'japantimes-2017-05-19-en@61':
    'the headline\'s "in June" (of the plan; left out of the gold, see the fixtures README) is read as 2016',
  'japantimes-2017-05-19-en@260':
    '"now" is found as a vague expression the gold does not annotate (issue 22, before 2018)',
  'japantimes-2017-05-19-en@1269':
    '"at the last minute" is found as a vague expression the gold does not annotate (issue 22, before 2018)',
  'kremlin-2017-09-07-eef-en@621':
    '"Good afternoon" (a greeting) is found as a part of the day (issue 22, before 2018)',
  'kremlin-2017-09-07-eef-en@1184': '"many years" (a duration) the gold does not annotate (issue 22, before 2018)',
  'kremlin-2016-11-20-en@1562': '"spring" of "a hot spring" is read as spring 2017 (issue 22, before 2018)',
  'tass-2018-10-12-en@400':
    '"are now coordinating": "now" is vague by the convention of the other sets, and the annotator left it out.',
  'tass-2016-12-05-en@1594':
    'fresh batch: "the end of World War II" (1945 by the convention of the other sets) was left out of its gold by the annotator; the count stays as frozen.',
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
