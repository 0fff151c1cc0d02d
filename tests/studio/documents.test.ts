import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentMetaSchema } from '../../src/model/schema'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { addDocument, detectLanguage, detectPublished, suggestId } from '../../src/studio/server/documents'
import { FormError } from '../../src/studio/server/errors'
import { DataFolder, sha256 } from '../../src/studio/server/write'
import YAML from 'yaml'
import { dataCopy } from './folder'

const FORM = {
  id: 'mofa-2016-05-06-en',
  published: '2016-05-06',
  language: 'en',
  titleEn: 'Japan-Russia Summit Meeting in Sochi',
  titleRu: 'Встреча на высшем уровне в Сочи',
}
// Bytes a text editor would not keep: a BOM, CRLF line ends, a non-breaking space.
const BYTES = Buffer.from(
  '\uFEFFOn May 6, the leaders met in Sochi.\r\nThey agreed on a new approach.\u00A0\r\n',
  'utf8',
)

describe('adding a document', () => {
  it('stores the uploaded bytes as received and a valid meta with the stated defaults, flagged', async () => {
    const dir = dataCopy()
    const added = await addDocument(new DataFolder(dir), { ...FORM, base64: BYTES.toString('base64') })
    expect(fs.readFileSync(path.join(dir, 'sources', `${FORM.id}.txt`)).equals(BYTES)).toBe(true)
    const text = fs.readFileSync(path.join(dir, 'sources', `${FORM.id}.meta.yaml`), 'utf8')
    const meta = documentMetaSchema.parse(YAML.parse(text))
    expect(meta).toMatchObject({ kind: 'news-article', licence: 'unknown', sha256: sha256(BYTES) })
    expect(meta.publisher.en).toBe('unknown')
    expect(text).toMatch(/^# To check: publisher, kind, licence set to the studio's defaults/)
    expect(added.sha256).toBe(sha256(BYTES))
    const { problems } = buildDataset(dir, { buildDate: '2026-01-01' })
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('stores pasted text as UTF-8', async () => {
    const dir = dataCopy()
    await addDocument(new DataFolder(dir), { ...FORM, language: 'ru', text: 'Встреча 6 мая.' })
    expect(fs.readFileSync(path.join(dir, 'sources', `${FORM.id}.txt`), 'utf8')).toBe('Встреча 6 мая.')
  })

  it('refuses a duplicate id or a text already in the corpus, writing nothing', async () => {
    const dir = dataCopy()
    const folder = new DataFolder(dir)
    await expect(addDocument(folder, { ...FORM, id: 'news-2017-en', text: 'new' })).rejects.toThrow(
      /id: a document with the id news-2017-en already exists/,
    )
    const existing = fs.readFileSync(path.join(dir, 'sources/news-2017-en.txt'))
    await expect(addDocument(folder, { ...FORM, base64: existing.toString('base64') })).rejects.toThrow(
      /text: this text is already in the corpus, as news-2017-en/,
    )
    expect(fs.existsSync(path.join(dir, 'sources', `${FORM.id}.txt`))).toBe(false)
  })

  it('names each invalid field of the form', async () => {
    const folder = new DataFolder(dataCopy())
    const error = await addDocument(folder, {
      ...FORM,
      id: 'Bad Id',
      published: '2016-13-01',
      titleRu: '',
      titleEn: '',
      text: 'x',
    }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(FormError)
    expect((error as FormError).problems.map((p) => p.field).sort()).toEqual(['id', 'published', 'titleEn'])
  })

  it('suggests <publisher>-<YYYY-MM-DD>-<language> and detects the language', () => {
    expect(suggestId('MOFA', '2016-05-06', 'en')).toBe('mofa-2016-05-06-en')
    expect(suggestId(undefined, '2016-05-06', 'ru')).toBe('unknown-2016-05-06-ru')
    expect(detectLanguage('Встреча в Сочи, May')).toBe('ru')
    expect(detectLanguage('The leaders met')).toBe('en')
    expect(detectPublished('Tokyo, 31 May 2019\n\nThe ministers met today.', 'en')).toBe('2019-05-31')
    expect(detectPublished('31 мая 2019 года в Токио состоялась встреча.', 'ru')).toBe('2019-05-31')
    expect(detectPublished('The ministers met in the spring.', 'en')).toBeNull()
  })
})
