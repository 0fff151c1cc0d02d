/**
 * The reason shown beside a rule's resolution when the rule did not read the clause's tense (a rule that
 * did gives the tense and its cue, tense.ts): an explicit year, a relative word counted from the document's
 * date, or an expression that names no date.
 */
import type { Groups, Rule } from './rule'

/** Group names the rules use for a written year ("2018", "2019 г.") and for a relative word ("next", «этого»). */
const YEAR_GROUPS = ['y', 'y1', 'y2']
const RELATIVE_GROUPS = ['r', 'r2', 'rel', 'this']

export function ruleReason(rule: Rule, groups: Groups, value: string | null): string {
  if (value === null) return `${rule.name}: names no date (a duration or a vague reference)`
  if (YEAR_GROUPS.some((k) => groups[k] !== undefined)) return 'explicit year'
  const relative = RELATIVE_GROUPS.map((k) => groups[k]).find((w) => w !== undefined)
  if (relative !== undefined) return `relative: '${relative.toLowerCase()}' counted from the document date`
  return `${rule.name}: counted from the document date`
}
