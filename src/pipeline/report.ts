/** What a run prints: problems (errors first), then a summary of what was built. */
import type { Dataset } from '../model/schema'
import type { DocumentMarkup } from './build-dataset'
import type { Uncovered } from './coverage'
import { formatProblem, sortProblems, type Problem } from './problems'

export function formatProblems(problems: readonly Problem[], base?: string): string[] {
  const sorted = sortProblems(problems)
  const errors = sorted.filter((p) => p.severity === 'error')
  const warnings = sorted.filter((p) => p.severity === 'warning')
  return [
    ...errors.map((p) => `error: ${formatProblem(p, base)}`),
    ...warnings.map((p) => `warning: ${formatProblem(p, base)}`),
  ]
}

export function formatSummary(
  dataset: Dataset,
  uncovered: readonly Uncovered[],
  markup: readonly DocumentMarkup[] = [],
): string[] {
  const rows: [string, string][] = [
    ['documents', String(dataset.documents.length)],
    ['events', String(dataset.events.length)],
  ]
  for (const topic of dataset.topics) {
    const count = dataset.events.filter((e) => e.topics.includes(topic.id)).length
    rows.push([`  topic ${topic.id}`, String(count)])
  }
  rows.push(['uncovered expressions', String(uncovered.length)])
  for (const document of dataset.documents) {
    const count = uncovered.filter((u) => u.document === document.id).length
    if (count > 0) rows.push([`  in ${document.id}`, String(count)])
  }
  // Tags and comments are dropped from the texts: said here, so nothing leaves a text unannounced.
  rows.push(['markup removed', String(markup.reduce((n, m) => n + m.removed.tags + m.removed.comments, 0))])
  for (const { document, removed } of markup) {
    const what = `${plural(removed.tags, 'tag')}, ${plural(removed.comments, 'comment')}, ${plural(removed.characters, 'character')}`
    rows.push([`  in ${document}`, what])
  }
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value.padStart(4)}`)
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
