/**
 * What the studio's views share: the page's elements by id, the folder's state as last read, the document in the
 * reader with the passage chosen in it and the server's draft of it, and the open form's bookkeeping. Views read and
 * set `page`'s fields; `refresh` reads the folder again and tells the views that show it.
 */
import { call } from './api'
import { uiLanguage } from './i18n'
import type { FolderState, ReadDocument, SelectionAnswer } from '../shared/answers'
import type { Range } from './reader'

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
export const value = (id: string) => $<HTMLInputElement>(id).value
export const ru = () => uiLanguage() === 'ru'
export const status = $<HTMLElement>('status')
export const problemList = $<HTMLElement>('problems')

export const page: {
  folder: FolderState
  /** The document in the reader, the passage chosen in it, and what the server made of that passage. */
  reading: ReadDocument | null
  chosen: Range | null
  answer: SelectionAnswer | null
  /** The likely same event chosen in the list when a form opened. */
  pickedLikely: string | null
  /** Whether the open form was saved (then choosing another passage closes it). */
  formSaved: boolean
  /** The file the last save wrote (or meant to): its problems are the form's, the others the folder's. */
  currentFile: string
} = {
  folder: {
    eventFiles: {},
    vocabularyFiles: {},
    events: [],
    documents: [],
    topics: [],
    kinds: [],
    people: [],
    places: [],
  },
  reading: null,
  chosen: null,
  answer: null,
  pickedLikely: null,
  formSaved: false,
  currentFile: '',
}

const shows: (() => void)[] = []

/** A view that shows something of the folder's state (its documents, its ids) is told when it is read again. */
export function whenRefreshed(show: () => void): void {
  shows.push(show)
}

export async function refresh(): Promise<void> {
  const answer = await call<FolderState>('GET', '/api/state')
  if (answer.ok) page.folder = answer.body
  for (const show of shows) show()
}

/** The values chosen in a select (one or several). */
export const selectedValues = (id: string) => [...$<HTMLSelectElement>(id).selectedOptions].map((o) => o.value)

/** Chooses exactly `values` among a select's options. */
export function selectValues(id: string, values: readonly string[]): void {
  for (const option of $<HTMLSelectElement>(id).options) option.selected = values.includes(option.value)
}

/** A select's options replaced by `options`, keeping those chosen that are still there. */
export function fill(id: string, options: readonly string[]): void {
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

export const listItem = (text: string) => {
  const li = document.createElement('li')
  li.textContent = text
  return li
}
