/**
 * TimelineJS3 headlines, texts and captions are HTML. We keep their words and their links and drop the
 * markup: a parser (htmlparser2) reads it, so nested or broken tags cost linear time, and nothing of it is
 * ever rendered. Script and style contents are dropped and counted, so the report can say so.
 */
import { Parser } from 'htmlparser2'

export interface Link {
  url: string
  label: string
}

export interface PlainText {
  text: string
  links: Link[]
  /** Elements whose content was dropped as code, not text (script, style, iframe…). */
  dropped: string[]
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr'])
const CODE = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template'])

export function htmlToText(html: string): PlainText {
  const parts: string[] = []
  const links: Link[] = []
  const dropped: string[] = []
  let codeDepth = 0
  let link: { url: string; start: number } | null = null
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (CODE.has(name)) {
          codeDepth += 1
          dropped.push(name)
          return
        }
        if (BLOCK.has(name)) parts.push('\n')
        if (name === 'a' && isWebUrl(attributes.href)) link = { url: attributes.href!.trim(), start: parts.length }
      },
      ontext(text) {
        if (codeDepth === 0) parts.push(text)
      },
      onclosetag(name) {
        if (CODE.has(name)) {
          codeDepth = Math.max(0, codeDepth - 1)
          return
        }
        if (BLOCK.has(name)) parts.push('\n')
        if (name === 'a' && link) {
          const label = squash(parts.slice(link.start).join(''))
          links.push({ url: link.url, label: label || link.url })
          link = null
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  return { text: squash(parts.join('')), links, dropped }
}

/** Only http(s) becomes a link: `javascript:` and `data:` never do. */
export function isWebUrl(value: string | undefined): boolean {
  if (!value) return false
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** Runs of spaces become one; paragraphs (blank lines) are kept as one blank line. */
function squash(text: string): string {
  return text
    .split(/\n\s*\n|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
