/**
 * Temporal expressions in a document that no event's quote covers: a curator either cites them in
 * an event or ignores them, with a reason, in the document's meta file. Expressions without a value
 * (durations, vague references) are not reported.
 */
import { megabytes } from './input-file'
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
  progress?: (line: string) => void,
): Uncovered[] {
  const uncovered: Uncovered[] = []
  for (const document of documents) {
    const { meta, text } = document
    const lineAt = lineFinder(text)
    const done = reportProgress(document, progress)
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
      uncovered.push({ ...expression, document: meta.id, line: lineAt(expression.start) })
    }
    done?.()
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

/** Documents over this size say so while their dates are read (seconds each), so a long run shows its progress. */
export const PROGRESS_BYTES = 1024 * 1024

function reportProgress(document: LoadedDocument, progress?: (line: string) => void): (() => void) | undefined {
  if (!progress || document.text.length * 3 < PROGRESS_BYTES) return undefined
  const bytes = Buffer.byteLength(document.text)
  if (bytes < PROGRESS_BYTES) return undefined
  const started = performance.now()
  progress(`${document.textFile}: ${megabytes(bytes)}, reading its dates…`)
  return () => progress(`${document.textFile}: dates read in ${((performance.now() - started) / 1000).toFixed(1)} s`)
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

/** Line numbers by binary search in the line starts, found once: a scan per expression was quadratic. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}
