/**
 * Every problem the pipeline finds, in one shape and one format:
 * `data/events/2019.yaml:14: events[3].date: "2019-13": month 13 does not exist`.
 * Problems are collected, never thrown, so a run reports all of them at once.
 */
import path from 'node:path'

export type Severity = 'error' | 'warning'

export interface Problem {
  severity: Severity
  /** Absolute path of the file the problem is in. */
  file: string
  /** 1-based line, where known. */
  line?: number
  /** The field, as a path into the file's data (`events[3].date`). */
  path?: readonly PropertyKey[]
  message: string
}

export class Problems {
  readonly list: Problem[] = []

  error(file: string, message: string, where: { line?: number; path?: readonly PropertyKey[] } = {}): void {
    this.list.push({ severity: 'error', file, message, ...where })
  }

  warning(file: string, message: string, where: { line?: number; path?: readonly PropertyKey[] } = {}): void {
    this.list.push({ severity: 'warning', file, message, ...where })
  }

  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === 'error')
  }

  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity === 'warning')
  }
}

/** `events[3].title.en` */
export function formatPath(keys: readonly PropertyKey[]): string {
  let out = ''
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

/** Problems in a stable order: by file, then line, then message. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compare(formatProblem(a), formatProblem(b)),
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** One line per problem; the file relative to `base` (the working directory by default). */
export function formatProblem(problem: Problem, base = process.cwd()): string {
  const file = path.relative(base, problem.file).split(path.sep).join('/') || problem.file
  const where = problem.line === undefined ? file : `${file}:${problem.line}`
  const field = problem.path && problem.path.length > 0 ? ` ${formatPath(problem.path)}:` : ''
  return `${where}:${field} ${problem.message}`
}
