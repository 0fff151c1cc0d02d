/**
 * One checkbox per topic (name: the topic label; count: its description), plus "all" and "none".
 * On a phone the boxes fold away behind a button so they do not fill the screen.
 */
import { memo, useCallback, useId, useMemo, useState } from 'react'
import type { TopicId } from '../../model'
import { useDataset } from '../../lib/data'
import { useLanguage } from '../../lib/i18n'
import { setUrlState, useUrlValue } from '../../lib/url-state'
import { useEventFilters } from './event-filters-context'
import { toggleTopic } from './toggle-topic'
import { useT } from '../../lib/i18n'

export function TopicFilter() {
  const { t } = useT()
  const { dataset } = useDataset()
  const lang = useLanguage()
  const selected = useUrlValue('topics')
  const counts = useEventFilters().counts('topics')
  const baseId = useId()
  const [open, setOpen] = useState(false)
  const allIds = useMemo(() => dataset.topics.map((topic) => topic.id), [dataset.topics])
  const chosen = selected === null ? allIds.length : selected.length
  // Ticking a topic does not change the topic counts (a cached map): their texts are not formatted again.
  const countTexts = useMemo(
    () => new Map(dataset.topics.map((topic) => [topic.id, t('filter.count', { count: counts.get(topic.id) ?? 0 })])),
    [dataset.topics, counts, t],
  )
  // Stable: a click re-renders only the option whose box changed (React sets every re-rendered input's type
  // and name again, each a DOM attribute write).
  const toggle = useCallback(
    (id: TopicId) => setUrlState((state) => ({ ...state, topics: toggleTopic(state.topics, allIds, id) })),
    [allIds],
  )

  return (
    <fieldset className={open ? 'topic-filter' : 'topic-filter topic-filter--folded'}>
      <legend className="topic-filter__legend">{t('filter.label')}</legend>
      <button
        type="button"
        className="topic-filter__fold"
        aria-expanded={open}
        aria-controls={`${baseId}-list`}
        onClick={() => setOpen(!open)}
      >
        {t('filter.chosen', { count: chosen, total: allIds.length })}
      </button>
      <div className="topic-filter__bulk">
        <button type="button" onClick={() => setUrlState({ topics: null })} disabled={selected === null}>
          {t('filter.all')}
        </button>
        <button type="button" onClick={() => setUrlState({ topics: [] })} disabled={selected?.length === 0}>
          {t('filter.none')}
        </button>
      </div>
      <ul id={`${baseId}-list`} className="topic-filter__list inline-list">
        {dataset.topics.map((topic) => (
          <TopicOption
            key={topic.id}
            id={topic.id}
            label={topic.label[lang]}
            checked={selected === null || selected.includes(topic.id)}
            countId={`${baseId}-${topic.id}`}
            count={countTexts.get(topic.id) ?? ''}
            onToggle={toggle}
          />
        ))}
      </ul>
    </fieldset>
  )
}

interface TopicOptionProps {
  id: TopicId
  label: string
  checked: boolean
  countId: string
  count: string
  onToggle: (id: TopicId) => void
}

const TopicOption = memo(function TopicOption({ id, label, checked, countId, count, onToggle }: TopicOptionProps) {
  return (
    <li className={`topic-filter__item topic--${id}`}>
      <label>
        <input type="checkbox" checked={checked} aria-describedby={countId} onChange={() => onToggle(id)} />
        <span className="topic-swatch" aria-hidden="true" />
        <span>{label}</span>
      </label>
      <span id={countId} className="topic-filter__count">
        {count}
      </span>
    </li>
  )
})
