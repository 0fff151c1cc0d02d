/**
 * One checkbox per topic (name: the topic label; count: its description), plus "all" and "none".
 * On a phone the boxes fold away behind a button so they do not fill the screen.
 */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataset } from '../data'
import { useLanguage } from '../i18n'
import { setUrlState, useUrlValue } from '../url-state'
import { useEventFilters } from './event-filters-context'
import { toggleTopic } from './toggle-topic'

export function TopicFilter() {
  const { t } = useTranslation()
  const { dataset } = useDataset()
  const lang = useLanguage()
  const selected = useUrlValue('topics')
  const counts = useEventFilters().counts('topics')
  const baseId = useId()
  const [open, setOpen] = useState(false)
  const allIds = useMemo(() => dataset.topics.map((topic) => topic.id), [dataset.topics])
  const chosen = selected === null ? allIds.length : selected.length

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
      <ul id={`${baseId}-list`} className="topic-filter__list">
        {dataset.topics.map((topic) => {
          const countId = `${baseId}-${topic.id}`
          return (
            <li key={topic.id} className={`topic-filter__item topic--${topic.id}`}>
              <label>
                <input
                  type="checkbox"
                  checked={selected === null || selected.includes(topic.id)}
                  aria-describedby={countId}
                  onChange={() => setUrlState({ topics: toggleTopic(selected, allIds, topic.id) })}
                />
                <span className="topic-swatch" aria-hidden="true" />
                <span>{topic.label[lang]}</span>
              </label>
              <span id={countId} className="topic-filter__count">
                {t('filter.count', { count: counts.get(topic.id) ?? 0 })}
              </span>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
