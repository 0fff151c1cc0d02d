/** The hand-annotated gold set of temporal expressions (tests/gold/dates.json) and the texts it refers to. */
import fs from 'node:fs'
import path from 'node:path'
import type { Precision } from '../../model/date'

export interface GoldExpression {
  text: string
  start: number
  end: number
  value: string | null
  precision: Precision | null
}
export interface GoldDocument {
  language: 'ru' | 'en'
  documentDate: string
  expressions: GoldExpression[]
}

export function loadGold(root = process.cwd()): Record<string, GoldDocument> {
  return JSON.parse(fs.readFileSync(path.join(root, 'tests/gold/dates.json'), 'utf8')) as Record<string, GoldDocument>
}

/** A gold document's text: `data/sources/<id>.txt`, else the received copy in `../shared/sources/extra/`. */
export function goldText(id: string, root = process.cwd()): string {
  const candidates = [
    path.join(root, 'data/sources', `${id}.txt`),
    path.join(root, '../shared/sources/extra', `${id}.txt`),
  ]
  const file = candidates.find((f) => fs.existsSync(f))
  if (!file) throw new Error(`no text for gold document ${id}`)
  return fs.readFileSync(file, 'utf8')
}
