/** The pipeline's checks on the whole data folder, after each save, as problems a form can place at its fields. */
import path from 'node:path'
import { buildDataset } from '../../pipeline/build-dataset'
import { formatPath, sortProblems } from '../../pipeline/problems'
import type { Problem } from '../shared/answers'

export function checkFolder(root: string): Problem[] {
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
