/**
 * Slides: one event per slide, either the given events in their order (already the model's sort
 * order, after filters and search) or a story's events in the speaker's order with its notes.
 * Indexes are 0-based here; the URL's `present=N` is 1-based and the app converts.
 */
import type { DatasetEvent } from '../../model'
import type { Story } from '../../model/story'

export interface Slide {
  event: DatasetEvent
  notes: { ru?: string; en?: string }
}

/** With a story, its slides whose event exists in `events` (pass all events then, not the filtered ones). */
export function slidesFor(events: readonly DatasetEvent[], story: Story | null): Slide[] {
  if (story === null) return events.map((event) => ({ event, notes: {} }))
  const byId = new Map(events.map((event) => [event.id, event]))
  const slides: Slide[] = []
  for (const slide of story.slides) {
    const event = byId.get(slide.event)
    if (event) slides.push({ event, notes: slide.notes ?? {} })
  }
  return slides
}

/** An index inside 0…count-1 (0 when there are no slides). */
export function clampIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0
  return Math.min(Math.max(Math.trunc(index), 0), count - 1)
}

/** The next slide; stays on the last one. */
export function nextIndex(index: number, count: number): number {
  return clampIndex(index + 1, count)
}

/** The previous slide; stays on the first one. */
export function prevIndex(index: number, count: number): number {
  return clampIndex(index - 1, count)
}

/** A slide typed as a 1-based number ("3" then Enter); null when there is no such slide. */
export function jump(typed: string, count: number): number | null {
  if (!/^\d{1,6}$/.test(typed)) return null
  const number = Number(typed)
  return number >= 1 && number <= count ? number - 1 : null
}

/** The slide showing `eventId`, or null. */
export function indexOfEvent(slides: readonly Slide[], eventId: string | null): number | null {
  if (eventId === null) return null
  const index = slides.findIndex((slide) => slide.event.id === eventId)
  return index < 0 ? null : index
}
