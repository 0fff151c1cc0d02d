/** The pipeline's checks on the whole data folder, after each save, as problems a form can place at its fields. */
import path from 'node:path'
import { buildDataset } from '../../pipeline/build-dataset'
import { formatPath, sortProblems } from '../../pipeline/problems'

export interface StudioProblem {
  severity: 'error' | 'warning'
  /** Inside the data folder, with "/". */
  file: string
  line?: number
  /** `events[3].title.en` */
  field?: string
  message: string
}

export function checkFolder(root: string): StudioProblem[] {
  const today = new Date().toISOString().slice(0, 10)
  const { problems } = buildDataset(root, { buildDate: today })
  return sortProblems(problems).map((p) => ({
    severity: p.severity,
    file: path.relative(root, p.file).split(path.sep).join('/'),
    ...(p.line === undefined ? {} : { line: p.line }),
    ...(p.path && p.path.length > 0 ? { field: formatPath(p.path) } : {}),
    message: p.message,
  }))
}
