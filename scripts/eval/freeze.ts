/**
 * `npm run eval:freeze -- <id>`: scores the current rules on one document of the `unseen` gold set and appends
 * the figure to tests/fixtures/dates/before-tuning.json. Refuses when the document is already frozen or when
 * the rules differ from the committed ones (the figure must name the rules it measured).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { APPEND_ONLY_RULE, BEFORE_TUNING_FILE, readFrozen, scoreDocument } from './before-tuning'
import { goldText, loadGold } from './gold'
import { score } from './score'

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim()

function main(ids: string[]): number {
  if (ids.length === 0) {
    console.error('usage: npm run eval:freeze -- <document id> [...]')
    return 2
  }
  const dirty = git('status', '--porcelain', '--', 'src/pipeline/temporal')
  if (dirty) {
    console.error(`the rules have uncommitted changes; commit them first:\n${dirty}`)
    return 2
  }
  const gold = loadGold(process.cwd(), 'unseen')
  const frozen = readFrozen()
  for (const id of ids) {
    const doc = gold[id]
    if (!doc) {
      console.error(`${id}: not in tests/gold/unseen/dates.json`)
      return 2
    }
    if (frozen.entries.some((e) => e.document === id)) {
      console.error(`${id}: already frozen; entries are never rewritten`)
      return 2
    }
    const { counts, byClass } = scoreDocument(goldText(id), doc)
    const valueF1 = Number(score(counts).valueF1.toFixed(4))
    frozen.entries.push({
      document: id,
      language: doc.language,
      rulesCommit: git('rev-parse', 'HEAD'),
      scoredAt: new Date().toISOString(),
      counts,
      valueF1,
      byClass,
    })
    console.log(
      `${id}: value F1 ${valueF1.toFixed(3)} (${counts.exact}/${counts.gold} exact, ${counts.predicted} predicted)`,
    )
  }
  fs.writeFileSync(
    path.join(process.cwd(), BEFORE_TUNING_FILE),
    `${JSON.stringify({ rule: APPEND_ONLY_RULE, entries: frozen.entries }, null, 2)}\n`,
  )
  return 0
}

process.exitCode = main(process.argv.slice(2))
