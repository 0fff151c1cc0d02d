/**
 * What the three forms share: one open at a time in the form slot, the answer of a save placed at the form's fields
 * (the rest in the folder's list), and a quote checked against the document as it is typed.
 */
import { findQuote } from '../../model/text'
import { translate } from './i18n'
import { $, page, problemList, ru, value } from './page'
import { clearProblems, fieldOf, listProblems, showAtFields } from './problems'
import type { FieldProblem, Problem } from '../shared/answers'

/** One form at a time: opening one replaces the other (its labels are the contract's, shared by both forms). */
export function openForm(
  name: 'document' | 'event' | 'source',
  save: (form: HTMLFormElement) => Promise<void>,
  wire?: () => void,
): HTMLFormElement {
  const template = $<HTMLTemplateElement>(`${name}-template`)
  const form = (template.content.cloneNode(true) as DocumentFragment).querySelector('form')!
  insertQuoteFields(form)
  $('form-slot').replaceChildren(form)
  page.formSaved = false
  // The choice among likely same events is made: the form carries it ("Different from", "Event").
  page.pickedLikely = document.querySelector<HTMLInputElement>('input[name="likely"]:checked')?.value ?? null
  $('likely-set').hidden = true
  $('likely').replaceChildren()
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void save(form)
  })
  wire?.()
  translate(form)
  form.querySelector<HTMLElement>('textarea, input, select')?.focus()
  return form
}

/** The quote and its translation from their template, in each place the form marks, the ids given its prefix. */
function insertQuoteFields(form: HTMLFormElement): void {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-quote-fields]')) {
    const fields = $<HTMLTemplateElement>('quote-template').content.cloneNode(true) as DocumentFragment
    for (const element of fields.querySelectorAll('[id], [for], [aria-describedby]')) {
      for (const name of ['id', 'for', 'aria-describedby']) {
        const value = element.getAttribute(name)
        if (value !== null) element.setAttribute(name, `${slot.dataset.quoteFields}-${value}`)
      }
    }
    slot.replaceWith(fields)
  }
}

/**
 * A save's problems: those of the record at `prefix` in the file just written go to the form's fields, with the
 * form's own field problems; the rest (and those no field holds) to the folder's list.
 */
export function report(
  form: HTMLFormElement,
  prefix: string | null,
  body: { problems?: Problem[]; fields?: FieldProblem[] },
): void {
  clearProblems(form)
  const mine: FieldProblem[] = []
  const others: Problem[] = []
  for (const problem of body.problems ?? []) {
    const field = prefix === null ? null : fieldOf(problem.field, prefix)
    if (field !== null && problem.file === page.currentFile) mine.push({ field, message: problem.message })
    else others.push(problem)
  }
  const rest = showAtFields(form, [...(body.fields ?? []), ...mine])
  listProblems(problemList, others, rest)
}

/** The quote checked as it is typed: verbatim in the document (after the pipeline's normalisation) or not. */
export function watchQuote(fieldId: string, noteId: string, documentId: () => string): void {
  const check = () => {
    const note = $(noteId)
    const quote = value(fieldId)
    const { reading } = page
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
