/**
 * Add document: a text pasted, or a file dropped or chosen (then stored byte for byte), with its id, language and
 * day guessed by the server as the fields are filled; once saved, the document opens in the reader.
 */
import { call } from './api'
import { openForm, report } from './form'
import { $, page, refresh, status, value } from './page'
import { read } from './reader-view'

/** The dropped or chosen file's bytes, base64; null when the text is pasted. */
let dropped: { base64: string; name: string } | null = null

/** The meta file's fields as the form names them. */
const DOCUMENT_FIELDS: Record<string, string> = { 'title.en': 'titleEn', 'title.ru': 'titleRu', title: 'titleEn' }

export function openDocumentForm(): void {
  dropped = null
  openForm('document', saveDocument, wireDocument)
}

function wireDocument(): void {
  $('doc-text').addEventListener('input', () => {
    dropped = null
  })
  $('doc-text').addEventListener('change', () => void suggest())
  $('doc-text').addEventListener('dragover', (event) => event.preventDefault())
  $('doc-text').addEventListener('drop', (event) => {
    const file = (event as DragEvent).dataTransfer?.files[0]
    if (!file) return
    event.preventDefault()
    void readDropped(file)
  })
  $<HTMLInputElement>('doc-file').addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0]
    if (file) void readDropped(file)
  })
  for (const id of ['doc-published', 'doc-publisher-en', 'doc-language', 'doc-url']) {
    $(id).addEventListener('change', () => void suggest())
  }
  $('doc-id').addEventListener('input', () => ($('doc-id').dataset.edited = 'true'))
}

async function readDropped(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  dropped = { base64: btoa(binary), name: file.name }
  $<HTMLTextAreaElement>('doc-text').value = new TextDecoder().decode(bytes)
  await suggest()
}

async function suggest(): Promise<void> {
  const answer = await call<{ id: string; language: string; published: string }>('POST', '/api/suggest-id', {
    text: value('doc-text'),
    published: value('doc-published'),
    publisherEn: value('doc-publisher-en'),
    url: value('doc-url'),
    language: value('doc-text') === '' ? value('doc-language') : '',
  })
  if (!answer.ok) return
  $<HTMLSelectElement>('doc-language').value = answer.body.language
  const published = $<HTMLInputElement>('doc-published')
  // Only into an empty field the person is not typing in: a guess never overwrites what they wrote.
  const typing = document.activeElement === published
  if (published.value === '' && !typing && answer.body.published !== '') published.value = answer.body.published
  const id = $<HTMLInputElement>('doc-id')
  if (id.dataset.edited !== 'true') id.value = answer.body.id
}

async function saveDocument(documentForm: HTMLFormElement): Promise<void> {
  const form = {
    ...(dropped ? { base64: dropped.base64, receivedAs: dropped.name } : { text: value('doc-text') }),
    id: value('doc-id'),
    published: value('doc-published'),
    language: value('doc-language'),
    titleEn: value('doc-title-en'),
    titleRu: value('doc-title-ru'),
    publisherEn: value('doc-publisher-en'),
    publisherRu: value('doc-publisher-ru'),
    kind: value('doc-kind'),
    url: value('doc-url'),
    licence: value('doc-licence'),
  }
  const answer = await call<{ id: string }>('POST', '/api/documents', form)
  page.currentFile = `sources/${form.id}.meta.yaml`
  const mapped = (answer.body.problems ?? []).map((p) =>
    p.file === page.currentFile && p.field ? { ...p, field: DOCUMENT_FIELDS[p.field] ?? p.field } : p,
  )
  report(documentForm, '', { ...answer.body, problems: mapped })
  status.textContent = answer.ok
    ? `Saved ${answer.body.id}: sources/${answer.body.id}.txt and its meta.`
    : `Not saved: ${answer.body.error ?? answer.status}`
  if (answer.ok) {
    page.formSaved = true
    // Saved, so nothing is lost by emptying the form: the next "Add document" starts clean, with no id or date
    // of this one standing in the way of the guesses.
    documentForm.reset()
    dropped = null
    delete $<HTMLInputElement>('doc-id').dataset.edited
    await refresh()
    await read(answer.body.id)
  }
}
