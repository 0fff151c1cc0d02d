/**
 * New event: the form filled from the server's draft of the chosen passage (both languages side by side, the other
 * one left for the translation), its id following the English title and the date, saved as an append to the year's
 * events file.
 */
import { call } from './api'
import { openForm, report, watchQuote } from './form'
import { offerNames, recheckLikely, showDistinct, wireNewEntry } from './event-offers'
import { $, fill, page, refresh, selectValues, selectedValues, status, value, whenRefreshed } from './page'
import { afterSave } from './reader-view'
import type { ReadDocument, SelectionAnswer } from '../shared/answers'
import { eventId } from '../shared/event-id'
import { uiLanguage } from './i18n'

/** The form's choices are the folder's ids, the chosen ones kept. */
function fillChoices(): void {
  const { folder } = page
  fill('ev-document', folder.documents)
  fill('ev-kind', folder.kinds)
  fill('ev-topics', folder.topics)
  fill(
    'ev-people',
    folder.people.map((p) => p.id),
  )
  fill(
    'ev-places',
    folder.places.map((p) => p.id),
  )
}
whenRefreshed(() => {
  if (document.getElementById('event-form')) fillChoices()
})

/** The folder read again (the form offers its ids), then the form, filled from the passage's draft if there is one. */
export async function openEventForm(): Promise<void> {
  await refresh()
  openForm('event', saveEvent, wireNewEntry)
  fillChoices()
  if (page.answer && page.reading) prefillEvent(page.answer, page.reading)
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
    topics: selectedValues('ev-topics'),
    people: selectedValues('ev-people'),
    places: selectedValues('ev-places'),
    ...(value('ev-distinct-from') === ''
      ? {}
      : { distinctFrom: [{ event: value('ev-distinct-from'), reason: value('ev-distinct-reason').trim() }] }),
    sources: [{ document: value('ev-document'), quote: value('ev-quote'), translation: value('ev-translation') }],
  }
  const answer = await call<{ path: string; index: number }>('POST', '/api/events', {
    event,
    expected: page.folder.eventFiles[file] ?? null,
  })
  page.currentFile = answer.ok ? answer.body.path : file
  report(eventForm, answer.ok ? `events[${answer.body.index}]` : null, answer.body)
  if (answer.ok) await afterSave()
  page.formSaved = answer.ok
  status.textContent = answer.ok
    ? `Saved ${event.id} in ${answer.body.path}.`
    : `Not saved: ${answer.body.error ?? answer.status}`
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
  selectValues('ev-topics', p.topics)
  selectValues('ev-people', p.people)
  selectValues('ev-places', p.places)
  const dates = $('ev-date-choices')
  $('ev-dates').hidden = p.dates.length < 2
  dates.replaceChildren(
    ...p.dates.map((d) => {
      const button = document.createElement('button')
      button.type = 'button'
      button.textContent = `${d.label[uiLanguage()]} (“${d.text}”)`
      button.addEventListener('click', () => {
        set('ev-date', d.value)
        $('ev-date').focus()
      })
      return button
    }),
  )
  showDistinct(got.likelySame, page.pickedLikely)
  for (const id of ['ev-kind', 'ev-date', 'ev-people', 'ev-places']) {
    $(id).addEventListener('change', () => void recheckLikely())
  }
  offerNames(doc.language === 'en' ? 'ru' : 'en', [...p.people, ...p.places])
  watchQuote('ev-quote', 'ev-quote-check', () => value('ev-document'))
  // The id follows the English title and the date until the person edits it, never taking one the folder has.
  const id = $<HTMLInputElement>('ev-id')
  id.addEventListener('input', () => (id.dataset.edited = 'true'))
  const follow = () => {
    const taken = new Set(page.folder.events)
    if (id.dataset.edited !== 'true') id.value = eventId(value('ev-date'), value('ev-title-en'), taken)
  }
  $('ev-title-en').addEventListener('input', follow)
  $('ev-date').addEventListener('input', follow)
  $(doc.language === 'en' ? 'ev-title-ru' : 'ev-title-en').focus()
}
