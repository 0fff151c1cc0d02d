/**
 * Temporal expressions in a document that no event's quote covers: a curator either cites them in
 * an event or ignores them, with a reason, in the document's meta file. Expressions without a value
 * (durations, vague references) are not reported.
 */
import type { LoadedDocument } from './sources'
import type { Problems } from './problems'

export interface DetectedExpression {
  text: string
  start: number
  end: number
  value: string | null
}

export type Detector = (text: string, options: { language: 'ru' | 'en'; documentDate: string }) => DetectedExpression[]

export interface Uncovered extends DetectedExpression {
  document: string
  line: number
}

export interface Span {
  start: number
  end: number
}

export function findUncovered(
  documents: readonly LoadedDocument[],
  quoteSpans: ReadonlyMap<string, readonly Span[]>,
  detect: Detector,
  problems: Problems,
): Uncovered[] {
  const uncovered: Uncovered[] = []
  for (const document of documents) {
    const { meta, text } = document
    const spans = quoteSpans.get(meta.id) ?? []
    const ignored = new Set(meta.ignore.map((entry) => key(entry.text)))
    const used = new Set<string>()
    for (const detected of detect(text, { language: meta.language, documentDate: meta.published })) {
      if (detected.value === null) continue
      const expression = trimmed(text, detected)
      if (spans.some((span) => span.start <= expression.start && expression.end <= span.end)) continue
      if (ignored.has(key(expression.text))) {
        used.add(key(expression.text))
        continue
      }
      uncovered.push({ ...expression, document: meta.id, line: lineAt(text, expression.start) })
    }
    meta.ignore.forEach((entry, i) => {
      if (used.has(key(entry.text))) return
      const at = ['ignore', i, 'text']
      problems.warning(
        document.metaFile.file,
        `ignored expression "${entry.text}" is not an uncovered expression of the text`,
        {
          path: at,
          line: document.metaFile.lineOf(at),
        },
      )
    })
  }
  return uncovered
}

const key = (text: string) => text.trim().replace(/\s+/g, ' ')

const EDGE = /[\s.,;:!?()[\]«»"“”„']/

/** The expression without the spaces and punctuation a detector may include at its edges ("December,"). */
export function trimmed(text: string, expression: DetectedExpression): DetectedExpression {
  let { start, end } = expression
  while (start < end && EDGE.test(text[start] as string)) start++
  while (end > start && EDGE.test(text[end - 1] as string)) end--
  return start === end ? expression : { ...expression, start, end, text: text.slice(start, end) }
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}
