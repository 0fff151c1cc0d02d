/**
 * The reader: a document as text nodes in spans that carry their offsets (nothing of it is parsed as HTML), with
 * its dates, quoted passages and names marked, the selection read back as offsets, and a list of its sentences for
 * choosing a passage by keyboard.
 */
import type { ReadDocument } from '../shared/answers'

export interface Range {
  start: number
  end: number
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text) node.textContent = text
  return node
}

/** Every mark cut at every boundary of every other: each piece of text knows all the marks over it. */
export function renderText(
  container: HTMLElement,
  doc: ReadDocument,
  chosen: Range | null,
  language: 'en' | 'ru' = 'en',
): void {
  const cuts = new Set<number>([0, doc.text.length])
  for (const line of doc.text.matchAll(/\n/g)) cuts.add(line.index).add(line.index + 1)
  for (const m of [...doc.dates, ...doc.quotes, ...doc.names]) cuts.add(m.start).add(m.end)
  if (chosen) cuts.add(chosen.start).add(chosen.end)
  const points = [...cuts].filter((n) => n >= 0 && n <= doc.text.length).sort((a, b) => a - b)
  const paragraphs: HTMLElement[] = []
  let paragraph = element('p')
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    const piece = doc.text.slice(start, end)
    if (piece === '\n') {
      if (paragraph.childNodes.length > 0) paragraphs.push(paragraph)
      paragraph = element('p')
      continue
    }
    let node: HTMLElement = element('span')
    node.dataset.start = String(start)
    node.append(document.createTextNode(piece))
    const names = doc.names.filter((n) => n.start <= start && end <= n.end)
    for (const name of names) {
      const u = element('u', 'name')
      u.title = `${name.name.en} — ${name.name.ru}`
      u.append(node)
      node = u
    }
    const date = doc.dates.find((d) => d.start <= start && end <= d.end)
    if (date) {
      const mark = element('mark', date.covered ? 'date covered' : 'date')
      mark.append(node)
      node = mark
    }
    if (doc.quotes.some((q) => q.start <= start && end <= q.end)) node.classList.add('quoted')
    if (chosen && chosen.start <= start && end <= chosen.end) node.classList.add('chosen')
    paragraph.append(node)
    // Labels after the piece that ends a mark: a date's reading, a link to the event quoting the passage.
    for (const d of doc.dates.filter((x) => x.end === end)) {
      paragraph.append(element('span', 'date-label', `[${d.label[language]}]`))
    }
    for (const q of doc.quotes.filter((x) => x.end === end)) {
      const link = element('a', 'quote-link', `→ ${q.event}`)
      link.href = `#quoted-${q.event}`
      paragraph.append(link)
    }
  }
  if (paragraph.childNodes.length > 0) paragraphs.push(paragraph)
  container.replaceChildren(...paragraphs)
}

/** The selection inside the reader as offsets of the text, or null (outside it, or empty). */
export function selectionIn(container: HTMLElement): Range | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null
  const start = offsetOf(range.startContainer, range.startOffset, 'start')
  const end = offsetOf(range.endContainer, range.endOffset, 'end')
  return start !== null && end !== null && end > start ? { start, end } : null
}

function offsetOf(node: Node, offset: number, side: 'start' | 'end'): number | null {
  const piece = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>(
    '[data-start]',
  )
  if (piece && node.nodeType === Node.TEXT_NODE) return Number(piece.dataset.start) + offset
  // An element boundary (a label, a paragraph): the nearest piece of text on that side.
  const pieces = [...((node as Element).querySelectorAll?.('[data-start]') ?? [])] as HTMLElement[]
  const at = side === 'start' ? pieces[offset] : pieces[offset - 1]
  if (!at) return null
  return Number(at.dataset.start) + (side === 'end' ? (at.textContent ?? '').length : 0)
}
