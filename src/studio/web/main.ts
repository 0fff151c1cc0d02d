/**
 * The studio's page: one form open at a time (a document or an event), each saved through the server, which runs
 * the pipeline's checks on the whole folder and answers with every problem; those of the saved record are shown at
 * their fields, the rest in the folder's list. A refused save leaves the form as it was.
 */
import { findQuote } from '../../model/text'
import { call } from './api'
import { setLanguage, translate, uiLanguage, type UiLanguage } from './i18n'
import { clearProblems, fieldOf, listProblems, showAtFields } from './problems'
import type { FieldProblem, FolderState, LikelySame, Problem, ReadDocument, SelectionAnswer } from '../shared/answers'
import { renderText, selectionIn, type Range } from './reader'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const status = $<HTMLElement>('status')
const ru = () => uiLanguage() === 'ru'
const problemList = $<HTMLElement>('problems')
const value = (id: string) => $<HTMLInputElement>(id).value
/** The dropped or chosen file's bytes, base64; null when the text is pasted. */
let dropped: { base64: string; name: string } | null = null
let state: FolderState = {
  eventFiles: {},
  vocabularyFiles: {},
  documents: [],
  topics: [],
  kinds: [],
  people: [],
  places: [],
}
/** The document in the reader, the passage chosen in it, and what the server made of that passage. */
let reading: ReadDocument | null = null
let chosen: Range | null = null
let answer: SelectionAnswer | null = null
/** The likely same event chosen in the list when a form opened. */
let pickedLikely: string | null = null
/** Whether the open form was saved (then choosing another passage closes it). */
let formSaved = false

/** One form at a time: opening one replaces the other (its labels are the contract's, shared by both forms). */
function open(name: 'document' | 'event' | 'source'): HTMLFormElement {
  const template = $<HTMLTemplateElement>(`${name}-template`)
  const form = (template.content.cloneNode(true) as DocumentFragment).querySelector('form')!
  $('form-slot').replaceChildren(form)
  dropped = null
  formSaved = false
  // The choice among likely same events is made: the form carries it ("Different from", "Event").
  pickedLikely = document.querySelector<HTMLInputElement>('input[name="likely"]:checked')?.value ?? null
  $('likely-set').hidden = true
  $('likely').replaceChildren()
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void (name === 'document' ? saveDocument(form) : name === 'event' ? saveEvent(form) : saveSource(form))
  })
  if (name === 'document') wireDocument()
  if (name === 'event') wireNewEntry()
  translate(form)
  form.querySelector<HTMLElement>('textarea, input, select')?.focus()
  return form
}

async function refresh(): Promise<void> {
  const answer = await call<FolderState>('GET', '/api/state')
  if (answer.ok) state = answer.body
  if (document.getElementById('event-form')) fillChoices()
  const select = $<HTMLSelectElement>('read-document')
  const now = select.value
  select.replaceChildren(new Option('(choose a document)', ''), ...state.documents.map((id) => new Option(id, id)))
  select.value = state.documents.includes(now) ? now : ''
  translate(select)
}

function fillChoices(): void {
  fill('ev-document', state.documents)
  fill('ev-kind', state.kinds)
  fill('ev-topics', state.topics)
  fill(
    'ev-people',
    state.people.map((p) => p.id),
  )
  fill(
    'ev-places',
    state.places.map((p) => p.id),
  )
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
  currentFile = `sources/${form.id}.meta.yaml`
  const mapped = (answer.body.problems ?? []).map((p) =>
    p.file === currentFile && p.field ? { ...p, field: DOCUMENT_FIELDS[p.field] ?? p.field } : p,
  )
  report(documentForm, '', { ...answer.body, problems: mapped })
  status.textContent = answer.ok
    ? `Saved ${answer.body.id}: sources/${answer.body.id}.txt and its meta.`
    : `Not saved: ${answer.body.error ?? answer.status}`
  if (answer.ok) {
    formSaved = true
    // Saved, so nothing is lost by emptying the form: the next "Add document" starts clean, with no id or date
    // of this one standing in the way of the guesses.
    documentForm.reset()
    dropped = null
    delete $<HTMLInputElement>('doc-id').dataset.edited
    await refresh()
    await read(answer.body.id)
  }
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
    people: [...$<HTMLSelectElement>('ev-people').selectedOptions].map((o) => o.value),
    places: [...$<HTMLSelectElement>('ev-places').selectedOptions].map((o) => o.value),
    ...(value('ev-distinct-from') === ''
      ? {}
      : { distinctFrom: [{ event: value('ev-distinct-from'), reason: value('ev-distinct-reason').trim() }] }),
    sources: [{ document: value('ev-document'), quote: value('ev-quote'), translation: value('ev-translation') }],
  }
  const answer = await call<{ path: string; index: number }>('POST', '/api/events', {
    event,
    expected: state.eventFiles[file] ?? null,
  })
  currentFile = answer.ok ? answer.body.path : file
  report(eventForm, answer.ok ? `events[${answer.body.index}]` : null, answer.body)
  if (answer.ok) await afterSave()
  formSaved = answer.ok
  status.textContent = answer.ok
    ? `Saved ${event.id} in ${answer.body.path}.`
    : `Not saved: ${answer.body.error ?? answer.status}`
}

async function afterSave(): Promise<void> {
  await refresh()
  if (reading) await read(reading.id)
}

async function saveSource(sourceForm: HTMLFormElement): Promise<void> {
  const [event, file] = value('src-event').split(' ')
  const note = $('src-note').hidden ? null : { reason: value('src-note-reason').trim() }
  const source = {
    document: reading?.id ?? '',
    quote: value('src-quote'),
    translation: value('src-translation'),
    ...(note ? { dateNote: note } : {}),
  }
  const answer = await call<{ path: string; index: number; sourceIndex: number }>('POST', '/api/sources', {
    event,
    file,
    expected: state.eventFiles[file ?? ''] ?? null,
    source,
  })
  currentFile = file ?? ''
  const prefix = answer.ok ? `events[${answer.body.index}].sources[${answer.body.sourceIndex}]` : null
  report(sourceForm, null, answer.body)
  if (prefix) {
    const mine = (answer.body.problems ?? []).filter((p) => p.file === file && p.field?.startsWith(prefix))
    showAtFields(
      sourceForm,
      mine.map((p) => ({ field: `sources.0${p.field!.slice(prefix.length)}`, message: p.message })),
    )
  }
  if (answer.ok) await afterSave()
  formSaved = answer.ok
  status.textContent = answer.ok
    ? `Saved a source of ${event ?? ''} in ${answer.body.path}.`
    : `Not saved: ${answer.body.error ?? answer.status}`
}

async function undo(): Promise<void> {
  const answer = await call<{ files: string[] }>('POST', '/api/undo')
  status.textContent = answer.ok
    ? `Undone: ${answer.body.files.join(', ')} as before the last save.`
    : `Not undone: ${answer.body.error ?? answer.status}`
  listProblems(problemList, answer.body.problems ?? [])
  if (answer.ok) await afterSave()
}

$('open-document').addEventListener('click', () => open('document'))
$('open-event').addEventListener('click', () => {
  void refresh().then(() => {
    open('event')
    fillChoices()
    if (answer && reading) prefillEvent(answer, reading)
  })
})
$('open-source').addEventListener('click', () => {
  if (!answer || !reading) return
  open('source')
  const likely = answer.likelySame
  const picked = pickedLikely
  $<HTMLSelectElement>('src-event').replaceChildren(
    ...likely.map((l) => new Option(`${l.title.en} (${l.date}, ${l.id})`, `${l.id} ${l.file}`)),
  )
  const best = likely.find((l) => l.id === picked) ?? likely[0]
  if (best) $<HTMLSelectElement>('src-event').value = `${best.id} ${best.file}`
  const noteNeeded = () => {
    const event = likely.find((l) => `${l.id} ${l.file}` === value('src-event'))
    const dates = answer?.prefill.quoteDates ?? []
    const differs = event !== undefined && dates.length > 0 && !dates.includes(event.date)
    $('src-note').hidden = !differs
    $('src-note-hint').textContent = differs
      ? `The quote reads ${dates.join(', ')}; the event is dated ${event.date}. Say why, or choose another event.`
      : ''
  }
  $('src-event').addEventListener('change', noteNeeded)
  noteNeeded()
  $<HTMLTextAreaElement>('src-quote').value = answer.prefill.quote
  watchQuote('src-quote', 'src-quote-check', () => reading?.id ?? '')
  $('src-translation').focus()
})
$('read-document').addEventListener('change', () => void read(value('read-document')))
$('ui-language').addEventListener('click', () => switchLanguage(uiLanguage() === 'en' ? 'ru' : 'en'))

/** The page in English or Russian; the choice is kept for the next visit. */
function switchLanguage(language: UiLanguage): void {
  setLanguage(language)
  const button = $('ui-language')
  button.textContent = language === 'en' ? 'Русский' : 'English'
  button.lang = language === 'en' ? 'ru' : 'en'
  localStorage.setItem('studio-language', language)
  if (reading) {
    listUncovered(reading)
    renderText($('reader'), reading, chosen, language)
  }
  showSelection()
}
$('sentence').addEventListener('change', () => {
  const [start, end] = value('sentence').split('-').map(Number)
  if (start !== undefined && end !== undefined && !Number.isNaN(start)) void choose({ start, end })
})
const readerBox = $('reader')
const fromMouse = () => {
  const range = selectionIn(readerBox)
  if (range) void choose(range)
}
readerBox.addEventListener('mouseup', fromMouse)
readerBox.addEventListener('keyup', (event) => {
  if (event.shiftKey) fromMouse()
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
  for (const id of ['doc-published', 'doc-publisher-en', 'doc-language', 'doc-url']) {
    $(id).addEventListener('change', () => void suggest())
  }
  $('doc-id').addEventListener('input', () => ($('doc-id').dataset.edited = 'true'))
}

if (localStorage.getItem('studio-language') === 'ru') switchLanguage('ru')
void refresh()
void call<{ problems: Problem[] }>('GET', '/api/check').then((answer) =>
  listProblems(problemList, answer.body.problems ?? []),
)

/** Opens a document in the reader: its marks, its sentences, its uncovered dates and the events quoting it. */
async function read(id: string): Promise<void> {
  chosen = null
  answer = null
  showSelection()
  if (id === '') {
    reading = null
    $('reader').replaceChildren()
    return
  }
  const got = await call<ReadDocument>('GET', `/api/document?id=${encodeURIComponent(id)}`)
  if (!got.ok) {
    status.textContent = `Cannot read ${id}: ${got.body.error ?? got.status}`
    return
  }
  reading = got.body
  $<HTMLSelectElement>('read-document').value = id
  renderText($('reader'), reading, null, uiLanguage())
  const sentences = reading.sentences.filter((s) => s.text.split(/\s+/).length >= 3)
  $<HTMLSelectElement>('sentence').replaceChildren(
    new Option('(pick a sentence to use as the passage)', ''),
    ...sentences.map(
      (s) => new Option(s.text.length > 110 ? `${s.text.slice(0, 108)}…` : s.text, `${s.start}-${s.end}`),
    ),
  )
  listUncovered(reading)
  $('quoted').replaceChildren(
    ...reading.quotes.map((q) => {
      const li = document.createElement('li')
      li.id = `quoted-${q.event}`
      li.textContent = `${q.event}: ${q.title.en} / ${q.title.ru}`
      return li
    }),
  )
  if (reading.quotes.length === 0) $('quoted').replaceChildren(listItem('None yet.'))
  translate($('sentence'))
  translate($('quoted'))
}

const listItem = (text: string) => {
  const li = document.createElement('li')
  li.textContent = text
  return li
}

function listUncovered(doc: ReadDocument): void {
  const open = doc.dates.filter((d) => d.covered === null)
  $('uncovered').replaceChildren(
    ...open.map((d, i) => {
      const li = document.createElement('li')
      const what = document.createElement('span')
      what.textContent = `“${d.text}” → ${d.label.en} `
      const reason = document.createElement('input')
      reason.id = `ignore-reason-${i}`
      reason.setAttribute('aria-label', ru() ? `Причина пропустить «${d.text}»` : `Reason to ignore “${d.text}”`)
      reason.placeholder = 'reason'
      // The publication day written at the top is the dateline: no event cites it, and the reason says so.
      if (d.value === doc.published && /\d{4}/.test(d.text) && d.start < 300)
        reason.value = 'the dateline: the day the document was published'
      const ignore = document.createElement('button')
      ignore.type = 'button'
      ignore.textContent = 'Ignore'
      ignore.setAttribute('aria-label', ru() ? `Пропустить «${d.text}»` : `Ignore “${d.text}”`)
      ignore.addEventListener('click', () => void ignoreDate(doc, d.text, reason))
      const pick = document.createElement('button')
      pick.type = 'button'
      pick.textContent = 'Use its sentence'
      pick.setAttribute('aria-label', ru() ? `Взять предложение с «${d.text}»` : `Use the sentence of “${d.text}”`)
      pick.addEventListener('click', () => {
        const sentence = doc.sentences.find((s) => s.start <= d.start && d.end <= s.end)
        if (sentence) void choose({ start: sentence.start, end: sentence.end })
      })
      li.append(what, reason, ' ', ignore, ' ', pick)
      return li
    }),
  )
  if (open.length === 0) $('uncovered').replaceChildren(listItem('None: every dated expression is quoted or ignored.'))
  translate($('uncovered'))
}

async function ignoreDate(doc: ReadDocument, text: string, reason: HTMLInputElement): Promise<void> {
  const got = await call<{ path: string }>('POST', '/api/ignore', {
    document: doc.id,
    text,
    reason: reason.value,
    expected: doc.metaSha256,
  })
  status.textContent = got.ok
    ? `Ignored “${text}” in ${got.body.path}.`
    : `Not ignored: ${got.body.error ?? got.status}`
  if (!got.ok) {
    reason.setAttribute('aria-invalid', 'true')
    reason.focus()
    if (got.body.fields?.[0]) status.textContent = `Not ignored: ${got.body.fields[0].message}`
    return
  }
  listProblems(problemList, got.body.problems ?? [])
  await afterSave()
  status.textContent = `Ignored “${text}” in ${got.body.path}.`
}

/** A passage chosen (by mouse or from the sentence list): the server's draft and the likely same events. */
async function choose(range: Range): Promise<void> {
  if (!reading) return
  const got = await call<SelectionAnswer>('POST', '/api/selection', { document: reading.id, ...range })
  if (!got.ok) {
    status.textContent = `Cannot use this passage: ${got.body.error ?? got.status}`
    return
  }
  chosen = range
  answer = got.body
  // A saved form has done its work: the next passage starts afresh (an unsaved one stays open).
  if (formSaved) $('form-slot').replaceChildren()
  renderText($('reader'), reading, chosen, uiLanguage())
  showSelection()
}

function showSelection(): void {
  const likely = answer?.likelySame ?? []
  const none = ru() ? 'Пока ничего не выделено.' : 'Nothing selected yet.'
  const then = ru()
    ? '— Новое событие или Добавить как источник к событию из списка ниже.'
    : '— New event, or Add as a source to an event listed below.'
  $('selection-text').textContent = answer ? `“${answer.prefill.quote}” ${then}` : none
  $<HTMLButtonElement>('open-source').disabled = likely.length === 0
  $('likely-set').hidden = likely.length === 0
  $('likely').replaceChildren(
    ...likely.map((l, i) => {
      const li = document.createElement('li')
      const radio = document.createElement('input')
      radio.type = 'radio'
      radio.name = 'likely'
      radio.id = `likely-${i}`
      radio.value = l.id
      radio.checked = i === 0
      const label = document.createElement('label')
      label.htmlFor = radio.id
      label.style.display = 'inline'
      label.style.fontWeight = 'normal'
      label.textContent = ` ${l.title.en} — ${l.id} (${l.date}, ${l.kind}): ${l.why}`
      li.append(radio, label)
      return li
    }),
  )
}

/** The event form filled from the draft: both languages side by side, the other one left for the translation. */
function prefillEvent(got: SelectionAnswer, doc: ReadDocument): void {
  const p = got.prefill
  const set = (id: string, text: string) => ($<HTMLInputElement>(id).value = text)
  set('ev-document', doc.id)
  set('ev-id', p.id)
  set('ev-date', p.date)
  set('ev-status', p.status)
  set('ev-kind', p.kind)
  set('ev-title-en', p.title.en)
  set('ev-title-ru', p.title.ru)
  set('ev-summary-en', p.summary.en)
  set('ev-summary-ru', p.summary.ru)
  set('ev-quote', p.quote)
  choose_('ev-topics', p.topics)
  choose_('ev-people', p.people)
  choose_('ev-places', p.places)
  const dates = $('ev-date-choices')
  $('ev-dates').hidden = p.dates.length < 2
  dates.replaceChildren(
    ...p.dates.map((d) => {
      const button = document.createElement('button')
      button.type = 'button'
      button.textContent = `${d.label.en} (“${d.text}”)`
      button.addEventListener('click', () => {
        set('ev-date', d.value)
        $('ev-date').focus()
      })
      return button
    }),
  )
  showDistinct(got.likelySame, pickedLikely)
  for (const id of ['ev-kind', 'ev-date', 'ev-people', 'ev-places']) {
    $(id).addEventListener('change', () => void recheckLikely())
  }
  offerNames(doc.language === 'en' ? 'ru' : 'en', [...p.people, ...p.places])
  watchQuote('ev-quote', 'ev-quote-check', () => value('ev-document'))
  // The id follows the English title and the date until the person edits it.
  const id = $<HTMLInputElement>('ev-id')
  id.addEventListener('input', () => (id.dataset.edited = 'true'))
  const follow = () => {
    if (id.dataset.edited !== 'true') id.value = eventId(value('ev-date'), value('ev-title-en'), p.id)
  }
  $('ev-title-en').addEventListener('input', follow)
  $('ev-date').addEventListener('input', follow)
  $(doc.language === 'en' ? 'ev-title-ru' : 'ev-title-en').focus()
}

function choose_(id: string, values: readonly string[]): void {
  for (const option of $<HTMLSelectElement>(id).options) option.selected = values.includes(option.value)
}

/** Buttons with the names of the draft's people and places in the language being written, inserted at the cursor. */
function offerNames(language: 'en' | 'ru', ids: readonly string[]): void {
  const names = [...state.people, ...state.places].filter((n) => ids.includes(n.id))
  $('ev-names').hidden = names.length === 0
  let target = $<HTMLInputElement>(language === 'ru' ? 'ev-title-ru' : 'ev-title-en')
  for (const id of language === 'ru'
    ? ['ev-title-ru', 'ev-summary-ru', 'ev-translation']
    : ['ev-title-en', 'ev-summary-en', 'ev-translation']) {
    $(id).addEventListener('focus', () => (target = $<HTMLInputElement>(id)))
  }
  $('ev-name-buttons').replaceChildren(
    ...names.map((n) => {
      const button = document.createElement('button')
      button.type = 'button'
      button.lang = language
      button.textContent = n.name[language]
      button.setAttribute('aria-label', `Insert ${n.name[language]}`)
      button.addEventListener('click', () => {
        const at = target.selectionStart ?? target.value.length
        target.value = `${target.value.slice(0, at)}${n.name[language]}${target.value.slice(target.selectionEnd ?? at)}`
        target.focus()
      })
      return button
    }),
  )
}

/** The quote checked as it is typed: verbatim in the document (after the pipeline's normalisation) or not. */
function watchQuote(fieldId: string, noteId: string, documentId: () => string): void {
  const check = () => {
    const note = $(noteId)
    const quote = value(fieldId)
    if (!reading || documentId() !== reading.id || quote.trim() === '') {
      note.textContent = ''
      return
    }
    const match = findQuote(reading.text, quote)
    note.className = match ? 'quote-check good' : 'quote-check bad'
    const times = match && match.occurrences > 1 ? match.occurrences : 0
    note.textContent = ru()
      ? match
        ? `Дословно есть в ${reading.id}${times ? ` (${times} раз: процитируйте больше)` : ''}.`
        : `Дословно нет в ${reading.id}.`
      : match
        ? `Verbatim in ${reading.id}${times ? ` (${times} times: quote more)` : ''}.`
        : `Not verbatim in ${reading.id}.`
  }
  $(fieldId).addEventListener('input', check)
  check()
}

const ID_WEAK = /^(?:a|an|the|of|and|or|to|in|on|at|for|with|by|that|mr|mrs|is|was|will|be|s)$/

/** `2017-09-03-abe-and-putin-talk` from the date and the English title: at most six words, lowercase latin. */
function eventId(date: string, title: string, fallback: string): string {
  const day = date
    .slice(0, 10)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '')
  const words = (title.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !ID_WEAK.test(w)).slice(0, 6)
  if (words.length === 0 || day === '') return fallback
  return [day, ...words].join('-').slice(0, 90).replace(/-+$/, '')
}

/** "Different from": the likely same events, the chosen (or best) one selected; hidden when there are none. */
function showDistinct(likely: readonly LikelySame[], picked: string | null): void {
  const distinct = $<HTMLSelectElement>('ev-distinct-from')
  const before = distinct.value
  $('ev-distinct').hidden = likely.length === 0
  distinct.replaceChildren(
    new Option('(not recorded)', ''),
    ...likely.map((l) => new Option(`${l.title.en} (${l.date}, ${l.id})`, l.id)),
  )
  const keep = [picked, before].find((id) => id && likely.some((l) => l.id === id))
  distinct.value = keep ?? likely[0]?.id ?? ''
}

/** The form's kind, date, people or places changed: the likely same events are asked again. */
async function recheckLikely(): Promise<void> {
  const selected = (id: string) => [...$<HTMLSelectElement>(id).selectedOptions].map((o) => o.value)
  const got = await call<{ likelySame: LikelySame[] }>('POST', '/api/likely', {
    date: value('ev-date').trim(),
    kind: value('ev-kind'),
    people: selected('ev-people'),
    places: selected('ev-places'),
  })
  if (got.ok && document.getElementById('ev-distinct-from')) showDistinct(got.body.likelySame, null)
}

/** A person, place, topic or kind added from the event form: saved to its list, then chosen in the form. */
function wireNewEntry(): void {
  $('entry-add').addEventListener('click', () => {
    void (async () => {
      const list = value('entry-list')
      const got = await call<{ path: string; id: string }>('POST', '/api/vocabulary', {
        list,
        id: value('entry-id'),
        nameEn: value('entry-en'),
        nameRu: value('entry-ru'),
        expected: state.vocabularyFiles[`${list}.yaml`] ?? null,
      })
      const note = $('entry-problem')
      if (!got.ok) {
        note.textContent = got.body.fields?.map((f) => `${f.field}: ${f.message}`).join('; ') ?? got.body.error ?? ''
        return
      }
      note.textContent = ''
      const keep = (id: string) => [...$<HTMLSelectElement>(id).selectedOptions].map((o) => o.value)
      const chosen = { people: keep('ev-people'), places: keep('ev-places'), topics: keep('ev-topics') }
      const kind = value('ev-kind')
      await refresh()
      const field = { people: 'ev-people', places: 'ev-places', topics: 'ev-topics', kinds: 'ev-kind' }[list]
      if (field === 'ev-kind') $<HTMLSelectElement>('ev-kind').value = got.body.id
      else $<HTMLSelectElement>('ev-kind').value = kind
      for (const [name, ids] of Object.entries(chosen)) {
        choose_(`ev-${name}`, field === `ev-${name}` ? [...ids, got.body.id] : ids)
      }
      for (const id of ['entry-id', 'entry-en', 'entry-ru']) $<HTMLInputElement>(id).value = ''
      status.textContent = `Added ${got.body.id} to ${got.body.path}.`
    })()
  })
}
