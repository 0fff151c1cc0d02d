/**
 * What the event form offers beside its fields: the names of the draft's people and places in the language being
 * written, the likely same events for "Different from" (asked again as the form changes), and a person, place,
 * topic or kind added to its list without leaving the form.
 */
import { call } from './api'
import { $, page, refresh, selectValues, selectedValues, status, value } from './page'
import type { LikelySame } from '../shared/answers'

/** Buttons with the names of the draft's people and places in the language being written, inserted at the cursor. */
export function offerNames(language: 'en' | 'ru', ids: readonly string[]): void {
  const names = [...page.folder.people, ...page.folder.places].filter((n) => ids.includes(n.id))
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

/** "Different from": the likely same events, the chosen (or best) one selected; hidden when there are none. */
export function showDistinct(likely: readonly LikelySame[], picked: string | null): void {
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
export async function recheckLikely(): Promise<void> {
  const got = await call<{ likelySame: LikelySame[] }>('POST', '/api/likely', {
    date: value('ev-date').trim(),
    kind: value('ev-kind'),
    people: selectedValues('ev-people'),
    places: selectedValues('ev-places'),
  })
  if (got.ok && document.getElementById('ev-distinct-from')) showDistinct(got.body.likelySame, null)
}

/** A person, place, topic or kind added from the event form: saved to its list, then chosen in the form. */
export function wireNewEntry(): void {
  $('entry-add').addEventListener('click', () => {
    void (async () => {
      const list = value('entry-list')
      const got = await call<{ path: string; id: string }>('POST', '/api/vocabulary', {
        list,
        id: value('entry-id'),
        nameEn: value('entry-en'),
        nameRu: value('entry-ru'),
        expected: page.folder.vocabularyFiles[`${list}.yaml`] ?? null,
      })
      const note = $('entry-problem')
      if (!got.ok) {
        note.textContent = got.body.fields?.map((f) => `${f.field}: ${f.message}`).join('; ') ?? got.body.error ?? ''
        return
      }
      note.textContent = ''
      const chosen = {
        people: selectedValues('ev-people'),
        places: selectedValues('ev-places'),
        topics: selectedValues('ev-topics'),
      }
      const kind = value('ev-kind')
      await refresh()
      const field = { people: 'ev-people', places: 'ev-places', topics: 'ev-topics', kinds: 'ev-kind' }[list]
      if (field === 'ev-kind') $<HTMLSelectElement>('ev-kind').value = got.body.id
      else $<HTMLSelectElement>('ev-kind').value = kind
      for (const [name, ids] of Object.entries(chosen)) {
        selectValues(`ev-${name}`, field === `ev-${name}` ? [...ids, got.body.id] : ids)
      }
      for (const id of ['entry-id', 'entry-en', 'entry-ru']) $<HTMLInputElement>(id).value = ''
      status.textContent = `Added ${got.body.id} to ${got.body.path}.`
    })()
  })
}
