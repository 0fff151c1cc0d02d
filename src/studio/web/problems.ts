/** Problems shown where they belong: at the form's field when one holds it, else in the folder's list. */
import { listItem } from './page'
import type { FieldProblem, Problem } from '../shared/answers'

export function clearProblems(form: HTMLFormElement): void {
  for (const field of form.querySelectorAll('[aria-invalid="true"]')) field.removeAttribute('aria-invalid')
  for (const note of form.querySelectorAll('p.problem')) note.textContent = ''
}

/** Puts each problem at its field; returns those no field of the form holds. */
export function showAtFields(form: HTMLFormElement, problems: readonly FieldProblem[]): FieldProblem[] {
  const rest: FieldProblem[] = []
  for (const problem of problems) {
    // A pair empty on both sides is reported at the pair (`summary`): shown at its first field.
    const name = CSS.escape(problem.field)
    const field = form.querySelector<HTMLElement>(`[data-field="${name}"], [data-field^="${name}."]`)
    if (!field) {
      rest.push(problem)
      continue
    }
    field.setAttribute('aria-invalid', 'true')
    noteFor(field).textContent = [noteFor(field).textContent, problem.message].filter(Boolean).join('; ')
  }
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  return rest
}

function noteFor(field: HTMLElement): HTMLElement {
  const id = `${field.id}-problem`
  const existing = document.getElementById(id)
  if (existing) return existing
  const note = document.createElement('p')
  note.className = 'problem'
  note.id = id
  field.insertAdjacentElement('afterend', note)
  const described = field.getAttribute('aria-describedby')
  field.setAttribute('aria-describedby', described ? `${described} ${id}` : id)
  return note
}

/** `events[4].sources[0].quote` of the file's record at `prefix` → `sources.0.quote`, or null for another record. */
export function fieldOf(problemField: string | undefined, prefix: string): string | null {
  if (problemField === undefined) return null
  if (prefix === '') return problemField.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '')
  if (!problemField.startsWith(`${prefix}.`) && !problemField.startsWith(`${prefix}[`)) return null
  return problemField
    .slice(prefix.length)
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '')
}

export function listProblems(list: HTMLElement, problems: readonly Problem[], extra: readonly FieldProblem[] = []) {
  list.replaceChildren(
    ...extra.map((p) => listItem(`${p.field}: ${p.message}`)),
    ...problems.map((p) =>
      listItem(`${p.severity}: ${p.file}${p.line ? `:${p.line}` : ''}:${p.field ? ` ${p.field}:` : ''} ${p.message}`),
    ),
  )
  if (problems.length === 0 && extra.length === 0)
    list.replaceChildren(
      listItem(
        document.documentElement.lang === 'ru'
          ? 'Нет: папка проходит проверки.'
          : 'None: the folder passes the checks.',
      ),
    )
}
