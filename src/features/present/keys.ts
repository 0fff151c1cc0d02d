/**
 * The presentation's keys, as a pure map from a keyboard event to an action, and a small reducer
 * for the typed slide number. Clickers send PageUp / PageDown; some send "." or B to blank.
 */
import { clampIndex } from './slides'

export type PresentAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  | { type: 'enter' }
  | { type: 'backspace' }
  | { type: 'language' }
  | { type: 'blank' }
  | { type: 'qr' }
  | { type: 'exit' }

export interface KeyLike {
  key: string
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
}

type PlainAction = Exclude<PresentAction, { type: 'digit' }>['type']

/** Each action's keys, as a map from the key. */
function byKey(keysOf: Partial<Record<PlainAction, readonly string[]>>): ReadonlyMap<string, PresentAction> {
  const entries = Object.entries(keysOf) as [PlainAction, readonly string[]][]
  return new Map(entries.flatMap(([type, keys]) => keys.map((key) => [key, { type }] as const)))
}

const SIMPLE = byKey({
  next: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar'],
  enter: ['Enter'],
  prev: ['ArrowLeft', 'ArrowUp', 'PageUp'],
  backspace: ['Backspace'],
  first: ['Home'],
  last: ['End'],
  blank: ['.'],
  exit: ['Escape', 'Esc'],
})

// The letters, also on the Russian layout: the same physical keys (Д = L, И = B, Й = Q) work whatever the layout.
const LETTERS = byKey({ language: ['l', 'д'], blank: ['b', 'и'], qr: ['q', 'й'] })

/** The action for a key, or null for keys the presentation leaves alone (Ctrl+P, Tab, F11, …). */
export function presentationKeyAction(event: KeyLike): PresentAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  if (/^[0-9]$/.test(event.key)) return { type: 'digit', digit: event.key }
  return SIMPLE.get(event.key) ?? LETTERS.get(event.key.toLowerCase()) ?? null
}

export interface Navigation {
  index: number
  /** Digits typed so far ("1", "12"), waiting for Enter. */
  typed: string
}

/**
 * Where an action leads among `count` deck positions (0 the title, N the N-th event, the last the close).
 * Enter jumps to the typed number (or steps forward when
 * nothing was typed), Backspace deletes a typed digit before it steps back, and Esc first forgets a
 * typed number. Actions that are not navigation leave the state unchanged and return `handled: false`.
 */
export function navigate(
  state: Navigation,
  action: PresentAction,
  count: number,
): { state: Navigation; handled: boolean } {
  const at = (index: number) => ({ state: { index: clampIndex(index, count), typed: '' }, handled: true })
  switch (action.type) {
    case 'next':
      return at(state.index + 1)
    case 'prev':
      return at(state.index - 1)
    case 'first':
      return at(0)
    case 'last':
      return at(count - 1)
    case 'digit':
      return { state: { ...state, typed: (state.typed + action.digit).slice(-6) }, handled: true }
    case 'enter': {
      if (state.typed === '') return at(state.index + 1)
      const target = /^\d{1,6}$/.test(state.typed) ? Number(state.typed) : count
      return target >= count ? { state: { ...state, typed: '' }, handled: true } : at(target)
    }
    case 'backspace':
      return state.typed === ''
        ? at(state.index - 1)
        : { state: { ...state, typed: state.typed.slice(0, -1) }, handled: true }
    case 'exit':
      return state.typed === '' ? { state, handled: false } : { state: { ...state, typed: '' }, handled: true }
    default:
      return { state, handled: false }
  }
}

const NAVIGATION = new Set<PresentAction['type']>([
  'next',
  'prev',
  'first',
  'last',
  'digit',
  'enter',
  'backspace',
  'blank',
])

/** A key a clicker or a speaker presses to move through the slides: it leaves hidden controls hidden. */
export function isNavigation(action: PresentAction | null): boolean {
  return action !== null && NAVIGATION.has(action.type)
}
