/**
 * A data folder holding one large English document of corpus-like text: the project's own English sources
 * (dates, names, quotes and all), repeated paragraph by paragraph up to the size asked for. Synthetic prose
 * (corpus-text.ts) has no dates, and the pipeline's cost on a large text is in the dates it finds.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const PROJECT_DATA = fileURLToPath(new URL('../../data/', import.meta.url))
export const LARGE_DOCUMENT_ID = 'large-en'

/** The English sources' paragraphs (blank-line separated blocks), in file order. */
function englishParagraphs(): string[] {
  const sources = path.join(PROJECT_DATA, 'sources')
  return fs
    .readdirSync(sources)
    .filter((name) => name.endsWith('-en.txt'))
    .sort()
    .flatMap((name) => fs.readFileSync(path.join(sources, name), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
}

/** At least `bytes` bytes of UTF-8: whole paragraphs, cycling through the sources. */
export function largeEnglishText(bytes: number): string {
  const paragraphs = englishParagraphs()
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const paragraph = `${paragraphs[i % paragraphs.length] ?? ''}\n\n`
    parts.push(paragraph)
    size += Buffer.byteLength(paragraph)
  }
  return parts.join('')
}

/** Writes the folder (replacing it): the project's vocabularies, the document, and no events. */
export function writeLargeDocumentFolder(dir: string, bytes: number): void {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'events'))
  for (const name of ['dataset.yaml', 'topics.yaml', 'kinds.yaml', 'people.yaml', 'places.yaml'])
    fs.copyFileSync(path.join(PROJECT_DATA, name), path.join(dir, name))
  const text = largeEnglishText(bytes)
  fs.writeFileSync(path.join(dir, 'sources', `${LARGE_DOCUMENT_ID}.txt`), text)
  const sha256 = createHash('sha256').update(text).digest('hex')
  const meta = [
    `id: ${LARGE_DOCUMENT_ID}`,
    'title:',
    '  ru: Большой документ',
    '  en: A large document',
    "published: '2019-01-22'",
    'language: en',
    'publisher:',
    '  ru: Бенчмарк',
    '  en: Benchmark',
    'kind: news-article',
    `sha256: ${sha256}`,
    '',
  ]
  fs.writeFileSync(path.join(dir, 'sources', `${LARGE_DOCUMENT_ID}.meta.yaml`), meta.join('\n'))
  fs.writeFileSync(path.join(dir, 'events', 'none.yaml'), 'events: []\n')
}
