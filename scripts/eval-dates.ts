/** `npm run eval:dates`: the date detector against the gold sets (corpus, held-out), beside plain chrono-node. */
import { detectTemporalExpressions, type TemporalExpression } from '../src/pipeline/temporal'
import { plainChrono } from './eval/baseline'
import { GOLD_SETS, goldText, loadGold, type GoldExpression, type GoldSet } from './eval/gold'
import { addCounts, count, emptyCounts, score, type Score } from './eval/score'

type Tagger = (text: string, options: { language: 'ru' | 'en'; documentDate: string }) => TemporalExpression[]
type Counts = ReturnType<typeof emptyCounts>
const taggers: [string, Tagger][] = [
  ['pipeline', detectTemporalExpressions],
  ['chrono-node', plainChrono],
]

const golds = GOLD_SETS.map((set) => [set, loadGold(process.cwd(), set)] as const)
const rows: [string, string, string, Score][] = []
const misses: string[] = []
for (const [name, tagger] of taggers) {
  const all = { ru: emptyCounts(), en: emptyCounts() }
  for (const [set, gold] of golds) {
    const totals: Record<'ru' | 'en', Counts> = { ru: emptyCounts(), en: emptyCounts() }
    for (const [id, doc] of Object.entries(gold)) {
      const text = goldText(id)
      const predicted = tagger(text, { language: doc.language, documentDate: doc.documentDate })
      totals[doc.language] = addCounts(totals[doc.language], count(doc.expressions, predicted))
      if (name === 'pipeline') misses.push(...differences(set, id, doc.expressions, predicted))
    }
    all.ru = addCounts(all.ru, totals.ru)
    all.en = addCounts(all.en, totals.en)
    rows.push(
      [name, set, 'ru', score(totals.ru)],
      [name, set, 'en', score(totals.en)],
      [name, set, 'all', score(addCounts(totals.ru, totals.en))],
    )
  }
  rows.push(
    [name, 'overall', 'ru', score(all.ru)],
    [name, 'overall', 'en', score(all.en)],
    [name, 'overall', 'all', score(addCounts(all.ru, all.en))],
  )
}

function differences(
  set: GoldSet,
  id: string,
  gold: readonly GoldExpression[],
  predicted: readonly TemporalExpression[],
): string[] {
  const out: string[] = []
  for (const g of gold) {
    const p = predicted.find((x) => x.start < g.end && x.end > g.start)
    if (!p) out.push(`${set} ${id}: missed "${g.text}" (${g.value})`)
    else if (p.value !== g.value) out.push(`${set} ${id}: "${g.text}" gold ${g.value}, got ${p.value} ("${p.text}")`)
  }
  for (const p of predicted) {
    if (!gold.some((g) => p.start < g.end && p.end > g.start)) out.push(`${set} ${id}: extra "${p.text}" (${p.value})`)
  }
  return out
}

const f = (n: number) => n.toFixed(3)
console.log('tagger       set      lang  gold pred found |  P     R     F1   | exact coarser acc   | value F1')
let previous = ''
for (const [name, set, lang, s] of rows) {
  if (previous && previous !== `${name} ${set}`) console.log('')
  previous = `${name} ${set}`
  console.log(
    `${name.padEnd(12)} ${set.padEnd(8)} ${lang.padEnd(4)} ${String(s.gold).padStart(4)} ${String(s.predicted).padStart(4)} ${String(s.found).padStart(5)} | ${f(s.precision)} ${f(s.recall)} ${f(s.f1)} | ${String(s.exact).padStart(5)} ${String(s.coarser).padStart(7)} ${f(s.accuracy)} | ${f(s.valueF1)}`,
  )
}
if (misses.length > 0) console.log(`\npipeline differences from gold:\n  ${misses.join('\n  ')}`)
