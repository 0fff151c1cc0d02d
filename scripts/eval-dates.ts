/** `npm run eval:dates`: the date detector against the gold set, beside plain chrono-node. */
import { detectTemporalExpressions, type TemporalExpression } from '../src/pipeline/temporal'
import { plainChrono } from '../src/pipeline/temporal/baseline'
import { goldText, loadGold } from '../src/pipeline/temporal/gold'
import { addCounts, count, emptyCounts, score, type Score } from '../src/pipeline/temporal/score'

type Tagger = (text: string, options: { language: 'ru' | 'en'; documentDate: string }) => TemporalExpression[]
const taggers: [string, Tagger][] = [
  ['pipeline', detectTemporalExpressions],
  ['chrono-node', plainChrono],
]

const gold = loadGold()
const rows: [string, string, Score][] = []
const misses: string[] = []
for (const [name, tagger] of taggers) {
  const totals = { ru: emptyCounts(), en: emptyCounts() }
  for (const [id, doc] of Object.entries(gold)) {
    const text = goldText(id)
    const predicted = tagger(text, { language: doc.language, documentDate: doc.documentDate })
    totals[doc.language] = addCounts(totals[doc.language], count(doc.expressions, predicted))
    if (name === 'pipeline') {
      for (const g of doc.expressions) {
        const p = predicted.find((x) => x.start < g.end && x.end > g.start)
        if (!p) misses.push(`${id}: missed "${g.text}" (${g.value})`)
        else if (p.value !== g.value) misses.push(`${id}: "${g.text}" gold ${g.value}, got ${p.value}`)
      }
      for (const p of predicted) {
        if (!doc.expressions.some((g) => p.start < g.end && p.end > g.start))
          misses.push(`${id}: extra "${p.text}" (${p.value})`)
      }
    }
  }
  rows.push(
    [name, 'ru', score(totals.ru)],
    [name, 'en', score(totals.en)],
    [name, 'all', score(addCounts(totals.ru, totals.en))],
  )
}

const f = (n: number) => n.toFixed(3)
console.log('tagger       lang  gold pred found |  P     R     F1   | exact coarser acc   | value F1')
for (const [name, lang, s] of rows) {
  console.log(
    `${name.padEnd(12)} ${lang.padEnd(4)} ${String(s.gold).padStart(4)} ${String(s.predicted).padStart(4)} ${String(s.found).padStart(5)} | ${f(s.precision)} ${f(s.recall)} ${f(s.f1)} | ${String(s.exact).padStart(5)} ${String(s.coarser).padStart(7)} ${f(s.accuracy)} | ${f(s.valueF1)}`,
  )
}
if (misses.length > 0) console.log(`\npipeline differences from gold:\n  ${misses.join('\n  ')}`)
