/**
 * The window the timeline last drew, whoever moved it (the person, or the timeline following a filter). The address
 * carries only the person's own pans and zooms; "Copy link" adds this one when the address has none, so the link
 * opens on the view that was shared, not on a first view of its own.
 */
import type { DayRange } from './fields'

let shown: DayRange | null = null

export function shownWindow(): DayRange | null {
  return shown
}

export function setShownWindow(window: DayRange | null): void {
  shown = window
}
