/**
 * Add as a source: the chosen passage added to one of the likely same events (the one picked in the list, else the
 * best), with a note asked for when the quote's dates differ from the event's.
 */
import { call } from './api'
import { openForm, report, watchQuote } from './form'
import { $, page, status, value } from './page'
import { showAtFields } from './problems'
import { afterSave } from './reader-view'

export function openSourceForm(): void {
  const { answer, reading } = page
  if (!answer || !reading) return
  openForm('source', saveSource)
  const likely = answer.likelySame
  const picked = page.pickedLikely
  $<HTMLSelectElement>('src-event').replaceChildren(
    ...likely.map((l) => new Option(`${l.title.en} (${l.date}, ${l.id})`, `${l.id} ${l.file}`)),
  )
  const best = likely.find((l) => l.id === picked) ?? likely[0]
  if (best) $<HTMLSelectElement>('src-event').value = `${best.id} ${best.file}`
  const noteNeeded = () => {
    const event = likely.find((l) => `${l.id} ${l.file}` === value('src-event'))
    const dates = page.answer?.prefill.quoteDates ?? []
    const differs = event !== undefined && dates.length > 0 && !dates.includes(event.date)
    $('src-note').hidden = !differs
    $('src-note-hint').textContent = differs
      ? `The quote reads ${dates.join(', ')}; the event is dated ${event.date}. Say why, or choose another event.`
      : ''
  }
  $('src-event').addEventListener('change', noteNeeded)
  noteNeeded()
  $<HTMLTextAreaElement>('src-quote').value = answer.prefill.quote
  watchQuote('src-quote', 'src-quote-check', () => page.reading?.id ?? '')
  $('src-translation').focus()
}

async function saveSource(sourceForm: HTMLFormElement): Promise<void> {
  const [event, file] = value('src-event').split(' ')
  const note = $('src-note').hidden ? null : { reason: value('src-note-reason').trim() }
  const source = {
    document: page.reading?.id ?? '',
    quote: value('src-quote'),
    translation: value('src-translation'),
    ...(note ? { dateNote: note } : {}),
  }
  const answer = await call<{ path: string; index: number; sourceIndex: number }>('POST', '/api/sources', {
    event,
    file,
    expected: page.folder.eventFiles[file ?? ''] ?? null,
    source,
  })
  page.currentFile = file ?? ''
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
  page.formSaved = answer.ok
  status.textContent = answer.ok
    ? `Saved a source of ${event ?? ''} in ${answer.body.path}.`
    : `Not saved: ${answer.body.error ?? answer.status}`
}
