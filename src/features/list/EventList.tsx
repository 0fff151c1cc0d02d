import { defaultRangeExtractor, useVirtualizer, type Range, type Rect } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { DatasetEvent, Language, Topic } from '../../model'
import type { WordMatcher } from '../../model/search/words'
import { useT } from '../../lib/i18n'
import type { MatchExplainer } from '../search'
import { EventEntry, type EntryContext } from './EventEntry'
import './event-list.css'

export interface EventListProps {
  /** The filtered events, already in the dataset's order. */
  events: readonly DatasetEvent[]
  lang: Language
  /** From `useSearch().match`: highlights matched words in titles; null: none. */
  match: WordMatcher | null
  /** From `useSearch().explain`: each entry says where the search matched. */
  explain?: MatchExplainer | null
  /** For topic labels. */
  topics: readonly Topic[]
  selectedId: string | null
  onOpen: (id: string) => void
  /** From this many events on, only the entries on screen are rendered. */
  virtualizeFrom?: number
  /** A fixed viewport instead of measuring the scroll container (tests in jsdom, where nothing has a size). */
  viewport?: Rect
}

const ENTRY_HEIGHT = 64
const KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
  PageDown: (i, last) => Math.min(i + 10, last),
  PageUp: (i) => Math.max(i - 10, 0),
}

/**
 * The accessible alternative to the timeline: an ordered list, one button per event. Tab enters the list at the
 * current entry, ↑/↓ (Home/End, PageUp/PageDown) move, Enter opens. Long lists render only what is on screen,
 * keeping each entry's position in the whole list (aria-posinset/aria-setsize).
 */
export function EventList({
  events,
  lang,
  match,
  explain = null,
  topics,
  selectedId,
  onOpen,
  virtualizeFrom = 200,
  viewport,
}: EventListProps) {
  const { t } = useT()
  const virtual = events.length >= virtualizeFrom
  const topicLabels = useMemo(() => new Map(topics.map((topic) => [topic.id, topic.label[lang]])), [topics, lang])
  const selectedIndex = selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId)
  const [activeId, setActiveId] = useState<string | null>(null)
  const activeFound = activeId === null ? -1 : events.findIndex((event) => event.id === activeId)
  const active = activeFound >= 0 ? activeFound : Math.max(selectedIndex, 0)

  const scrollRef = useRef<HTMLDivElement>(null)
  const buttons = useRef(new Map<number, HTMLButtonElement>())
  const focusPending = useRef(false)

  const rangeExtractor = useCallback(
    // The active entry stays rendered so Tab can always reach the list.
    (range: Range) => [...new Set([...defaultRangeExtractor(range), active])].sort((a, b) => a - b),
    [active],
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- its functions are called in render, never memoized
  const virtualizer = useVirtualizer({
    enabled: virtual,
    count: virtual ? events.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ENTRY_HEIGHT,
    overscan: 8,
    rangeExtractor,
    getItemKey: (index) => events[index]?.id ?? index,
    ...(viewport && {
      initialRect: viewport,
      observeElementRect: (_instance, report) => {
        report(viewport)
        return () => {}
      },
    }),
  })

  const virtualItems = virtualizer.getVirtualItems()
  useEffect(
    function focusAfterKeyMove() {
      if (!focusPending.current) return
      const button = buttons.current.get(active)
      if (button) {
        focusPending.current = false
        button.focus()
      }
    },
    [active, virtualItems],
  )

  useEffect(
    function revealSelectedOnOpen() {
      if (selectedIndex < 0) return
      if (virtual) virtualizer.scrollToIndex(selectedIndex, { align: 'center' })
      else buttons.current.get(selectedIndex)?.scrollIntoView?.({ block: 'nearest' })
    },
    // Only when the list opens or the selection changes: not on every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- virtualizer is stable for the component's life
    [selectedIndex, virtual],
  )

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const move = KEYS[event.key]
    if (!move || events.length === 0) return
    event.preventDefault()
    const next = move(active, events.length - 1)
    setActiveId(events[next]?.id ?? null)
    focusPending.current = true
    if (virtual) virtualizer.scrollToIndex(next, { align: 'auto' })
    else buttons.current.get(next)?.focus()
  }

  const list: EntryContext = { lang, match, explain, topicLabels, onOpen }
  const entry = (index: number) => {
    const event = events[index]!
    return (
      <EventEntry
        event={event}
        list={list}
        selected={index === selectedIndex}
        active={index === active}
        buttonRef={(button) => {
          if (button) buttons.current.set(index, button)
          else buttons.current.delete(index)
        }}
        onFocus={() => setActiveId(event.id)}
      />
    )
  }

  if (!virtual) {
    return (
      <ol className="event-list" aria-label={t('features.list.label')} onKeyDown={onKeyDown}>
        {events.map((event, index) => (
          <li key={event.id}>{entry(index)}</li>
        ))}
      </ol>
    )
  }
  return (
    <div ref={scrollRef} className="event-list-scroll">
      <ol
        className="event-list event-list-virtual"
        aria-label={t('features.list.label')}
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualItems.map((item) => (
          <li
            key={item.key}
            data-index={item.index}
            ref={viewport ? undefined : virtualizer.measureElement}
            aria-setsize={events.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {entry(item.index)}
          </li>
        ))}
      </ol>
    </div>
  )
}
