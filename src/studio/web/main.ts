/**
 * The studio's page: one form open at a time (a document or an event), each saved through the server, which runs
 * the pipeline's checks on the whole folder and answers with every problem; those of the saved record are shown at
 * their fields, the rest in the folder's list. A refused save leaves the form as it was.
 */
import { call, type FieldProblem, type FolderState, type Problem } from './api'
import { clearProblems, fieldOf, listProblems, showAtFields } from './problems'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const status = $<HTMLElement>('status')
const problemList = $<HTMLElement>('problems')
const value = (id: string) => $<HTMLInputElement>(id).value
/** The dropped or chosen file's bytes, base64; null when the text is pasted. */
let dropped: { base64: string; name: string } | null = null
let state: FolderState = { eventFiles: {}, documents: [], topics: [], kinds: [] }

/** One form at a time: opening one replaces the other (its labels are the contract's, shared by both forms). */
function open(name: 'document' | 'event'): HTMLFormElement {
  const template = $<HTMLTemplateElement>(`${name}-template`)
  const form = (template.content.cloneNode(true) as DocumentFragment).querySelector('form')!
  $('form-slot').replaceChildren(form)
  dropped = null
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void (name === 'document' ? saveDocument(form) : saveEvent(form))
  })
  if (name === 'document') wireDocument()
  form.querySelector<HTMLElement>('textarea, input, select')?.focus()
  return form
}

async function refresh(): Promise<void> {
  const answer = await call<FolderState>('GET', '/api/state')
  if (answer.ok) state = answer.body
  if (document.getElementById('event-form')) fillChoices()
}

function fillChoices(): void {
  fill('ev-document', state.documents)
  fill('ev-kind', state.kinds)
  fill('ev-topics', state.topics)
}

function fill(id: string, options: readonly string[]): void {
  const select = $<HTMLSelectElement>(id)
  const chosen = new Set([...select.selectedOptions].map((o) => o.value))
  select.replaceChildren(
    ...options.map((option) => {
      const element = new Option(option, option)
      element.selected = chosen.has(option)
      return element
    }),
  )
}

function report(form: HTMLFormElement, prefix: string | null, body: { problems?: Problem[]; fields?: FieldProblem[] }) {
  clearProblems(form)
  const mine: FieldProblem[] = []
  const others: Problem[] = []
  for (const problem of body.problems ?? []) {
    const field = prefix === null ? null : fieldOf(problem.field, prefix)
    if (field !== null && problem.file === currentFile) mine.push({ field, message: problem.message })
    else others.push(problem)
  }
  const rest = showAtFields(form, [...(body.fields ?? []), ...mine])
  listProblems(problemList, others, rest)
}

let currentFile = ''

const DOCUMENT_FIELDS: Record<string, string> = { 'title.en': 'titleEn', 'title.ru': 'titleRu', title: 'titleEn' }

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
  currentFile = `sources/${form.id}.meta.yaml`
  const mapped = (answer.body.problems ?? []).map((p) =>
    p.file === currentFile && p.field ? { ...p, field: DOCUMENT_FIELDS[p.field] ?? p.field } : p,
  )
  report(documentForm, '', { ...answer.body, problems: mapped })
  status.textContent = answer.ok
    ? `Saved ${answer.body.id}: sources/${answer.body.id}.txt and its meta.`
    : `Not saved: ${answer.body.error ?? answer.status}`
  if (answer.ok) await refresh()
}

async function saveEvent(eventForm: HTMLFormElement): Promise<void> {
  const date = value('ev-date').trim()
  const file = `events/${date.slice(0, 4)}.yaml`
  const event = {
    id: value('ev-id').trim(),
    date,
    status: value('ev-status'),
    kind: value('ev-kind'),
    title: { ru: value('ev-title-ru'), en: value('ev-title-en') },
    summary: { ru: value('ev-summary-ru'), en: value('ev-summary-en') },
    topics: [...$<HTMLSelectElement>('ev-topics').selectedOptions].map((o) => o.value),
    sources: [{ document: value('ev-document'), quote: value('ev-quote'), translation: value('ev-translation') }],
  }
  const answer = await call<{ path: string; index: number }>('POST', '/api/events', {
    event,
    expected: state.eventFiles[file] ?? null,
  })
  currentFile = answer.ok ? answer.body.path : file
  report(eventForm, answer.ok ? `events[${answer.body.index}]` : null, answer.body)
  status.textContent = answer.ok
    ? `Saved ${event.id} in ${answer.body.path}.`
    : `Not saved: ${answer.body.error ?? answer.status}`
  if (answer.ok) await refresh()
}

async function undo(): Promise<void> {
  const answer = await call<{ files: string[] }>('POST', '/api/undo')
  status.textContent = answer.ok
    ? `Undone: ${answer.body.files.join(', ')} as before the last save.`
    : `Not undone: ${answer.body.error ?? answer.status}`
  listProblems(problemList, answer.body.problems ?? [])
  if (answer.ok) await refresh()
}

$('open-document').addEventListener('click', () => open('document'))
$('open-event').addEventListener('click', () => {
  void refresh().then(() => {
    open('event')
    fillChoices()
  })
})
$('undo').addEventListener('click', () => void undo())

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
  for (const id of ['doc-published', 'doc-publisher-en', 'doc-language']) {
    $(id).addEventListener('change', () => void suggest())
  }
  $('doc-id').addEventListener('input', () => ($('doc-id').dataset.edited = 'true'))
}

void refresh()
void call<{ problems: Problem[] }>('GET', '/api/check').then((answer) =>
  listProblems(problemList, answer.body.problems ?? []),
)
