/**
 * The studio's page: one form open at a time (a document, an event or a source), each saved through the server,
 * which runs the pipeline's checks on the whole folder and answers with every problem; those of the saved record
 * are shown at their fields, the rest in the folder's list. A refused save leaves the form as it was.
 *
 * The views: `reader-view.ts` (read and mark, choose a passage), `document-form.ts`, `event-form.ts` (with
 * `event-offers.ts`) and `source-form.ts`, around the state they share in `page.ts`. This file wires the header.
 */
import { call } from './api'
import { openDocumentForm } from './document-form'
import { openEventForm } from './event-form'
import { setLanguage, uiLanguage, type UiLanguage } from './i18n'
import { $, problemList, refresh, status } from './page'
import { listProblems } from './problems'
import { afterSave, redrawReader, wireReader } from './reader-view'
import { openSourceForm } from './source-form'
import type { Problem } from '../shared/answers'

$('open-document').addEventListener('click', () => openDocumentForm())
$('open-event').addEventListener('click', () => void openEventForm())
$('open-source').addEventListener('click', () => openSourceForm())
$('ui-language').addEventListener('click', () => switchLanguage(uiLanguage() === 'en' ? 'ru' : 'en'))
$('undo').addEventListener('click', () => void undo())
wireReader()

/** The page in English or Russian; the choice is kept for the next visit. */
function switchLanguage(language: UiLanguage): void {
  setLanguage(language)
  const button = $('ui-language')
  button.textContent = language === 'en' ? 'Русский' : 'English'
  button.lang = language === 'en' ? 'ru' : 'en'
  localStorage.setItem('studio-language', language)
  redrawReader(language)
}

async function undo(): Promise<void> {
  const answer = await call<{ files: string[] }>('POST', '/api/undo')
  status.textContent = answer.ok
    ? `Undone: ${answer.body.files.join(', ')} as before the last save.`
    : `Not undone: ${answer.body.error ?? answer.status}`
  listProblems(problemList, answer.body.problems ?? [])
  if (answer.ok) await afterSave()
}

if (localStorage.getItem('studio-language') === 'ru') switchLanguage('ru')
void refresh()
void call<{ problems: Problem[] }>('GET', '/api/check').then((answer) =>
  listProblems(problemList, answer.body.problems ?? []),
)
