/** The one React wrapper around vis-timeline: created once, synced in place, destroyed on unmount. */
import { useEffect, useEffectEvent, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DatasetEvent, Language, Topic } from '../../model'
import type { DayRange, Grouping } from '../url-state'
import { createTimeline, type TimelineController } from './timeline-adapter'
import { toTimelineGroups, toTimelineItems } from './timeline-items'

export interface TimelineViewProps {
  events: readonly DatasetEvent[]
  topics: readonly Topic[]
  lang: Language
  grouping: Grouping | null
  selectedId: string | null
  /** The window to open with (from the link, or the dense first view). Read once. */
  initialWindow: DayRange | null
  onSelect: (id: string | null) => void
  onOpen: (id: string) => void
  onRangeChanged: (window: DayRange, byUser: boolean) => void
  /** Gives the parent the controller for its buttons; null after destroy. */
  onController: (controller: TimelineController | null) => void
}

export function TimelineView(props: TimelineViewProps) {
  const { events, topics, lang, grouping, selectedId } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const controllerRef = useRef<TimelineController | null>(null)
  const items = useMemo(() => toTimelineItems(events, lang, grouping), [events, lang, grouping])
  const groups = useMemo(
    () => toTimelineGroups(events, topics, grouping, lang, (kind) => t(`kind.${kind}`)),
    [events, topics, grouping, lang, t],
  )

  const onSelect = useEffectEvent((id: string | null) => props.onSelect(id))
  const onRangeChanged = useEffectEvent((window: DayRange, byUser: boolean) => props.onRangeChanged(window, byUser))
  const initial = useEffectEvent(() => ({ items, groups, lang, window: props.initialWindow }))
  const announce = useEffectEvent((controller: TimelineController | null) => props.onController(controller))

  useEffect(function createTimelineOnce() {
    const container = containerRef.current
    if (!container) return
    const controller = createTimeline(container, { ...initial(), events: { onSelect, onRangeChanged } })
    controllerRef.current = controller
    announce(controller)
    return function destroyTimeline() {
      announce(null)
      controllerRef.current = null
      controller.destroy()
    }
  }, [])

  useEffect(
    function syncItems() {
      controllerRef.current?.setData(items, groups)
    },
    [items, groups],
  )

  useEffect(
    function syncLocale() {
      controllerRef.current?.setLanguage(lang)
    },
    [lang],
  )

  useEffect(
    function syncSelection() {
      controllerRef.current?.setSelection(selectedId)
      if (selectedId !== null) controllerRef.current?.reveal(selectedId)
    },
    [selectedId, items],
  )

  function step(delta: 1 | -1) {
    if (events.length === 0) return
    const index = events.findIndex((event) => event.id === selectedId)
    const next = index === -1 ? (delta === 1 ? 0 : events.length - 1) : index + delta
    const event = events[Math.min(Math.max(next, 0), events.length - 1)]
    if (event) props.onSelect(event.id)
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return
    const actions: Record<string, () => void> = {
      ArrowLeft: () => step(-1),
      ArrowRight: () => step(1),
      '+': () => controllerRef.current?.zoom('in'),
      '=': () => controllerRef.current?.zoom('in'),
      '-': () => controllerRef.current?.zoom('out'),
      Enter: () => selectedId !== null && props.onOpen(selectedId),
    }
    const action = actions[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  return (
    <div
      ref={containerRef}
      className="timeline"
      role="region"
      aria-label={t('timeline.region')}
      aria-describedby="timeline-keys"
      tabIndex={0}
      onKeyDown={onKeyDown}
    />
  )
}
