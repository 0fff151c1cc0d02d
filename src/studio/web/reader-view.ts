/**
 * Read and mark: the document chosen is shown with its marks, its sentences to pick a passage from, the dates not
 * yet cited or ignored and the events quoting it; a passage chosen by mouse or from the list is sent to the server,
 * which answers its draft and the likely same events.
 */
import { call } from './api'
import { translate, uiLanguage, type UiLanguage } from './i18n'
import { $, listItem, page, problemList, refresh, ru, status, value, whenRefreshed } from './page'
import { listProblems } from './problems'
import { renderText, selectionIn, type Range } from './reader'
import type { ReadDocument, SelectionAnswer } from '../shared/answers'

/** The documents to read, the one in the reader kept chosen while it is still in the folder. */
whenRefreshed(function showDocuments() {
  const select = $<HTMLSelectElement>('read-document')
  const now = select.value
  const { documents } = page.folder
  select.replaceChildren(new Option('(choose a document)', ''), ...documents.map((id) => new Option(id, id)))
  select.value = documents.includes(now) ? now : ''
  translate(select)
})

export function wireReader(): void {
  $('read-document').addEventListener('change', () => void read(value('read-document')))
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
}

/** After a save: the folder read again, and the document in the reader with its marks as they are now. */
export async function afterSave(): Promise<void> {
  await refresh()
  if (page.reading) await read(page.reading.id)
}

/** The reader's own strings in the page's new language: the dates' readings, the uncovered dates, the selection. */
export function redrawReader(language: UiLanguage): void {
  if (page.reading) {
    listUncovered(page.reading)
    renderText($('reader'), page.reading, page.chosen, language)
  }
  showSelection()
}

/** Opens a document in the reader: its marks, its sentences, its uncovered dates and the events quoting it. */
export async function read(id: string): Promise<void> {
  page.chosen = null
  page.answer = null
  showSelection()
  if (id === '') {
    page.reading = null
    $('reader').replaceChildren()
    return
  }
  const got = await call<ReadDocument>('GET', `/api/document?id=${encodeURIComponent(id)}`)
  if (!got.ok) {
    status.textContent = `Cannot read ${id}: ${got.body.error ?? got.status}`
    return
  }
  const reading = (page.reading = got.body)
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

function listUncovered(doc: ReadDocument): void {
  const open = doc.dates.filter((d) => d.covered === null)
  $('uncovered').replaceChildren(
    ...open.map((d, i) => {
      const li = document.createElement('li')
      const what = document.createElement('span')
      what.textContent = `“${d.text}” → ${d.label[uiLanguage()]} `
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
  if (!page.reading) return
  const got = await call<SelectionAnswer>('POST', '/api/selection', { document: page.reading.id, ...range })
  if (!got.ok) {
    status.textContent = `Cannot use this passage: ${got.body.error ?? got.status}`
    return
  }
  page.chosen = range
  page.answer = got.body
  // A saved form has done its work: the next passage starts afresh (an unsaved one stays open).
  if (page.formSaved) $('form-slot').replaceChildren()
  renderText($('reader'), page.reading, page.chosen, uiLanguage())
  showSelection()
}

function showSelection(): void {
  const { answer } = page
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
