import type { UiKey } from '../../lib/i18n'

export interface Shortcut {
  /** Key caps, shown as `<kbd>`; symbols, not words, so they need no translation. */
  keys: string[]
  description: UiKey
}

/** The keys the app answers to; the app may pass its own list to the overlay. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['?'], description: 'features.help.keys.help' },
  { keys: ['Esc'], description: 'features.help.keys.escape' },
  { keys: ['←', '→'], description: 'features.help.keys.timelineSelect' },
  { keys: ['+', '−'], description: 'features.help.keys.timelineZoom' },
  { keys: ['Enter'], description: 'features.help.keys.open' },
  { keys: ['↑', '↓'], description: 'features.help.keys.listMove' },
  { keys: ['Home', 'End'], description: 'features.help.keys.listEnds' },
  { keys: ['P'], description: 'features.help.keys.present' },
]
