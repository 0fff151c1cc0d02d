/**
 * Adding a document: `sources/<id>.txt` exactly as received (uploaded bytes, or pasted text as UTF-8) and
 * `sources/<id>.meta.yaml` from the form, with its SHA-256. The optional fields get stated defaults (kind
 * news-article, publisher and licence "unknown"), marked in the file by a comment so they are checked later.
 */
import fs from 'node:fs'
import YAML from 'yaml'
import { LANGUAGES } from '../../model/constants'
import { documentMetaSchema, kindSchema, personSchema, placeSchema, topicSchema } from '../../model/schema'
import { detectTemporalExpressions } from '../../pipeline/temporal'
import { FormError } from './errors'
import { appendListItem } from './events-file'
import { formatYaml } from './format'
import { sha256, type DataFolder } from './write'

export interface DocumentForm {
  /** Pasted text (stored as UTF-8), or... */
  text?: string
  /** ...the dropped file's bytes, base64: stored byte-identical. */
  base64?: string
  receivedAs?: string
  id: string
  published: string
  language: string
  titleEn: string
  titleRu: string
  publisherEn?: string
  publisherRu?: string
  kind?: string
  url?: string
  licence?: string
}

export const DEFAULTS = { kind: 'news-article', publisher: { ru: 'неизвестно', en: 'unknown' }, licence: 'unknown' }

/**
 * `<publisher>-<YYYY-MM-DD>-<language>`, the publisher cut to a short id-shaped word: the site's name when the URL
 * is known (mofa.go.jp → mofa, en.kremlin.ru → kremlin), else the publisher's name.
 */
export function suggestId(publisher: string | undefined, published: string, language: string, url?: string): string {
  const site = siteName(url)
  const slug = (site ?? publisher ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30)
    .replace(/-$/, '')
  return `${slug || 'unknown'}-${published}-${language}`
}

function siteName(url: string | undefined): string | null {
  if (!url) return null
  try {
    const labels = new URL(url).hostname.toLowerCase().split('.')
    const generic = new Set(['www', 'en', 'ru', 'eng', 'm', 'mobile'])
    const name = labels.slice(0, -1).find((label) => !generic.has(label) && label.length > 1)
    return name ?? null
  } catch {
    return null
  }
}

/** "ru" when most letters are Cyrillic, else "en". */
export function detectLanguage(text: string): (typeof LANGUAGES)[number] {
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length
  return cyrillic > latin ? 'ru' : 'en'
}

/**
 * The publication day where the text says it: the first full date written with its year near the top (a
 * dateline or a signature line); null when there is none. Only a guess for the form, the person confirms it.
 */
export function detectPublished(text: string, language: (typeof LANGUAGES)[number]): string | null {
  const head = text.slice(0, 3000)
  const today = new Date().toISOString().slice(0, 10)
  const found = detectTemporalExpressions(head, { language, documentDate: today })
  const day = found.find((e) => e.value !== null && /^\d{4}-\d{2}-\d{2}$/.test(e.value) && /\d{4}/.test(e.text))
  return day?.value ?? null
}

const FORM_FIELD: Record<string, string> = {
  id: 'id',
  published: 'published',
  language: 'language',
  'title.en': 'titleEn',
  'title.ru': 'titleRu',
  title: 'titleEn',
  kind: 'kind',
  url: 'url',
  licence: 'licence',
  'publisher.en': 'publisherEn',
  'publisher.ru': 'publisherRu',
}

export interface AddedDocument {
  id: string
  sha256: string
  files: string[]
}

export async function addDocument(folder: DataFolder, form: DocumentForm): Promise<AddedDocument> {
  const bytes = textBytes(form)
  const meta = {
    id: clean(form.id),
    title: { ru: clean(form.titleRu), en: clean(form.titleEn) },
    published: clean(form.published),
    language: clean(form.language),
    publisher: {
      ru: clean(form.publisherRu) || DEFAULTS.publisher.ru,
      en: clean(form.publisherEn) || DEFAULTS.publisher.en,
    },
    kind: clean(form.kind) || DEFAULTS.kind,
    ...(clean(form.url) ? { url: clean(form.url) } : {}),
    licence: clean(form.licence) || DEFAULTS.licence,
    ...(clean(form.receivedAs) ? { receivedAs: clean(form.receivedAs) } : {}),
    sha256: sha256(bytes),
  }
  const parsed = documentMetaSchema.safeParse(meta)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = issue.path.map(String).join('.')
      return { field: FORM_FIELD[key] ?? key, message: issue.message }
    })
    throw new FormError(problems)
  }
  const text = `sources/${meta.id}.txt`
  const metaFile = `sources/${meta.id}.meta.yaml`
  if (folder.exists(text) || folder.exists(metaFile)) {
    throw new FormError([{ field: 'id', message: `a document with the id ${meta.id} already exists` }])
  }
  const same = findSameText(folder, meta.sha256)
  if (same) {
    throw new FormError([{ field: 'text', message: `this text is already in the corpus, as ${same} (same SHA-256)` }])
  }
  const defaulted = [
    !clean(form.publisherEn) && !clean(form.publisherRu) ? 'publisher' : '',
    !clean(form.kind) ? 'kind' : '',
    !clean(form.licence) ? 'licence' : '',
  ].filter(Boolean)
  const comment = defaulted.length > 0 ? `# To check: ${defaulted.join(', ')} set to the studio's defaults.\n` : ''
  const yaml = await formatYaml(comment + YAML.stringify(meta, { lineWidth: 0 }))
  folder.save([
    { path: text, bytes, expected: null },
    { path: metaFile, bytes: Buffer.from(yaml, 'utf8'), expected: null },
  ])
  return { id: meta.id, sha256: meta.sha256, files: [text, metaFile] }
}

function textBytes(form: DocumentForm): Buffer {
  if (typeof form.base64 === 'string' && form.base64 !== '') return Buffer.from(form.base64, 'base64')
  if (typeof form.text === 'string' && form.text.trim() !== '') return Buffer.from(form.text, 'utf8')
  throw new FormError([{ field: 'text', message: 'a document needs its text (paste it or drop a file)' }])
}

const clean = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

function findSameText(folder: DataFolder, hash: string): string | null {
  const dir = folder.resolve('sources')
  if (!fs.existsSync(dir)) return null
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith('.txt') && folder.read(`sources/${name}`).sha256 === hash) return name.slice(0, -4)
  }
  return null
}

/** An uncovered expression set aside with its reason: appended to the meta file's `ignore:` list, nothing else. */
export async function ignoreExpression(
  folder: DataFolder,
  request: { document: string; text: string; reason: string; expected: string | null },
): Promise<{ path: string }> {
  const file = `sources/${request.document}.meta.yaml`
  const entry = { text: clean(request.text), reason: clean(request.reason) }
  const problems = [
    ...(entry.text ? [] : [{ field: 'text', message: 'which expression? its text is empty' }]),
    ...(entry.reason ? [] : [{ field: 'reason', message: 'say why no event cites it' }]),
  ]
  if (problems.length > 0) throw new FormError(problems)
  folder.assertUnchanged(file, request.expected)
  const text = folder.read(file).bytes.toString('utf8')
  const updated = await appendListItem(text, ['ignore'], entry, file)
  folder.save([{ path: file, bytes: Buffer.from(updated, 'utf8'), expected: request.expected }])
  return { path: file }
}

const VOCABULARIES = {
  people: (id: string, en: string, ru: string) => ({ id, name: { ru, en } }),
  places: (id: string, en: string, ru: string) => ({ id, name: { ru, en } }),
  // A new topic's colour is a neutral grey until someone picks one (the legend shows it).
  topics: (id: string, en: string, ru: string) => ({ id, label: { ru, en }, color: '#666666' }),
  kinds: (id: string, en: string, ru: string) => ({ id, label: { ru, en } }),
} as const

const VOCABULARY_SCHEMAS = { people: personSchema, places: placeSchema, topics: topicSchema, kinds: kindSchema }

/** A person, place, topic or kind added inline: one item appended to its file's list, nothing else changed. */
export async function addVocabularyItem(
  folder: DataFolder,
  request: { list: string; id: string; nameEn: string; nameRu: string; expected: string | null },
): Promise<{ path: string; id: string }> {
  const list = request.list as keyof typeof VOCABULARIES
  if (!(list in VOCABULARIES)) throw new FormError([{ field: 'list', message: 'people, places, topics or kinds' }])
  const item = VOCABULARIES[list](clean(request.id), clean(request.nameEn), clean(request.nameRu))
  const parsed = VOCABULARY_SCHEMAS[list].safeParse(item)
  if (!parsed.success) {
    throw new FormError(
      parsed.error.issues.map((issue) => {
        const key = issue.path.map(String).join('.')
        return { field: key === 'id' ? 'id' : key.endsWith('.ru') ? 'nameRu' : 'nameEn', message: issue.message }
      }),
    )
  }
  const file = `${list}.yaml`
  folder.assertUnchanged(file, request.expected)
  const text = folder.read(file).bytes.toString('utf8')
  const existing = (YAML.parse(text) as Record<string, { id?: unknown }[] | undefined> | null)?.[list] ?? []
  if (existing.some((entry) => entry?.id === item.id)) {
    throw new FormError([{ field: 'id', message: `${file} already has ${item.id}` }])
  }
  const updated = await appendListItem(text, [list], item, file)
  folder.save([{ path: file, bytes: Buffer.from(updated, 'utf8'), expected: request.expected }])
  return { path: file, id: item.id }
}
