/**
 * `npm run eval:dates`: the date detector against the gold sets (corpus, held-out, unseen), beside plain
 * chrono-node; then the unseen documents one by one, each with its frozen before-tuning figure beside the
 * current one, per language and overall, and a table by class of expression.
 */
import { execFileSync } from 'node:child_process'
import { detectTemporalExpressions, type TemporalExpression } from '../src/pipeline/temporal'
import { plainChrono } from './eval/baseline'
import { addClassCounts, readFrozen, scoreDocument, type ClassCounts, type Counts } from './eval/before-tuning'
import { EXPRESSION_CLASSES, GOLD_SETS, goldText, loadGold, type GoldExpression, type GoldSet } from './eval/gold'
import { addCounts, count, emptyCounts, score, type Score } from './eval/score'

type Tagger = (text: string, options: { language: 'ru' | 'en'; documentDate: string }) => TemporalExpression[]
type Lang = 'ru' | 'en'
const taggers: [string, Tagger][] = [
  ['pipeline', detectTemporalExpressions],
  ['chrono-node', plainChrono],
]
const f = (n: number) => n.toFixed(3)
/** The last commit, at or before `commit`, that changed the rules: entries frozen on the same rules group together. */
function lastRulesChange(commit: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%H', commit, '--', 'src/pipeline/temporal'], {
      encoding: 'utf8',
    }).trim()
  } catch {
    return commit
  }
}

const golds = GOLD_SETS.map((set) => [set, loadGold(process.cwd(), set)] as const)
const rows: [string, string, string, Score][] = []
const misses: string[] = []
for (const [name, tagger] of taggers) {
  const all = { ru: emptyCounts(), en: emptyCounts() }
  for (const [set, gold] of golds) {
    const totals: Record<Lang, Counts> = { ru: emptyCounts(), en: emptyCounts() }
    for (const [id, doc] of Object.entries(gold)) {
      const predicted = tagger(goldText(id), { language: doc.language, documentDate: doc.documentDate })
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

console.log('tagger       set      lang  gold pred found |  P     R     F1   | exact coarser acc   | value F1')
let previous = ''
for (const [name, set, lang, s] of rows) {
  if (previous && previous !== `${name} ${set}`) console.log('')
  previous = `${name} ${set}`
  console.log(
    `${name.padEnd(12)} ${set.padEnd(8)} ${lang.padEnd(4)} ${String(s.gold).padStart(4)} ${String(s.predicted).padStart(4)} ${String(s.found).padStart(5)} | ${f(s.precision)} ${f(s.recall)} ${f(s.f1)} | ${String(s.exact).padStart(5)} ${String(s.coarser).padStart(7)} ${f(s.accuracy)} | ${f(s.valueF1)}`,
  )
}

// The unseen documents: the frozen before-tuning figure of each beside the current one.
const unseen = loadGold(process.cwd(), 'unseen')
const frozen = new Map(readFrozen().entries.map((e) => [e.document, e]))
const before: Record<Lang, Counts> = { ru: emptyCounts(), en: emptyCounts() }
const now: Record<Lang, Counts> = { ru: emptyCounts(), en: emptyCounts() }
const classesBefore: Record<Lang, Record<string, ClassCounts>> = { ru: {}, en: {} }
const classesNow: Record<Lang, Record<string, ClassCounts>> = { ru: {}, en: {} }
console.log('\nunseen documents (value F1)            gold  before   now')
for (const [id, doc] of Object.entries(unseen)) {
  const current = scoreDocument(goldText(id), doc)
  const entry = frozen.get(id)
  now[doc.language] = addCounts(now[doc.language], current.counts)
  addClassCounts(classesNow[doc.language], current.byClass)
  if (entry) {
    before[doc.language] = addCounts(before[doc.language], entry.counts)
    addClassCounts(classesBefore[doc.language], entry.byClass)
  }
  const was = entry ? f(entry.valueF1) : ' n/a '
  console.log(
    `  ${id.padEnd(36)} ${String(doc.expressions.length).padStart(4)}  ${was}  ${f(score(current.counts).valueF1)}`,
  )
}
const total = (r: Record<Lang, Counts>) => addCounts(r.ru, r.en)
for (const [label, b, n] of [
  ['ru', before.ru, now.ru],
  ['en', before.en, now.en],
  ['overall', total(before), total(now)],
] as const) {
  console.log(`  ${label.padEnd(36)} ${String(n.gold).padStart(4)}  ${f(score(b).valueF1)}  ${f(score(n).valueF1)}`)
}

// The frozen figures by the rules they measured: the first batch before any tuning, later batches as fresh
// checks of the rules tuned on the earlier ones.
const batches = new Map<string, { docs: number; counts: Record<Lang, Counts> }>()
for (const e of frozen.values()) {
  const rules = lastRulesChange(e.rulesCommit)
  const b = batches.get(rules) ?? { docs: 0, counts: { ru: emptyCounts(), en: emptyCounts() } }
  b.docs++
  b.counts[e.language] = addCounts(b.counts[e.language], e.counts)
  batches.set(rules, b)
}
console.log('\nfrozen figures by the rules they measured   docs   ru     en     all')
for (const [rules, { docs, counts }] of batches) {
  const cells = [score(counts.ru), score(counts.en), score(total(counts))].map((s) => (s.gold ? f(s.valueF1) : '  -  '))
  console.log(`  rules of ${rules.slice(0, 10)}                     ${String(docs).padStart(4)}  ${cells.join('  ')}`)
}

// By class: recall (found / gold) and value accuracy on found, before and now.
const cell = (c: ClassCounts | undefined) =>
  c
    ? `${String(c.gold).padStart(3)} ${f(c.found / c.gold)} ${c.found ? f(c.exact / c.found) : '  -  '}`
    : '  -     -     -  '
console.log('\nby class (gold, recall, value accuracy)   ru before        ru now           en before        en now')
for (const c of EXPRESSION_CLASSES) {
  const cells = [classesBefore.ru[c], classesNow.ru[c], classesBefore.en[c], classesNow.en[c]]
  if (cells.every((x) => x === undefined)) continue
  console.log(`  ${c.padEnd(38)} ${cells.map(cell).join('  ')}`)
}
if (misses.length > 0) console.log(`\npipeline differences from gold:\n  ${misses.join('\n  ')}`)
