import { memo } from 'react'
import { useDataset } from '../../lib/data'
import { useLanguage, useT } from '../../lib/i18n'

/** The marks' kinds, each with its class `legend__mark--<kind>` and its label `legend.<kind>`. */
export const LEGEND_MARKS = ['point', 'range', 'held', 'planned'] as const

/** Explains the marks: a known day vs. an approximate interval, held vs. planned, topic colours. */
export const Legend = memo(function Legend() {
  const { t } = useT()
  const { dataset } = useDataset()
  const lang = useLanguage()
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        {t('legend.label')}
      </h2>
      <ul className="legend__list inline-list">
        {LEGEND_MARKS.map((mark) => (
          <li key={mark}>
            <span className={`legend__mark legend__mark--${mark}`} aria-hidden="true" />
            {t(`legend.${mark}`)}
          </li>
        ))}
        {dataset.topics.map((topic) => (
          <li key={topic.id} className={`topic--${topic.id}`}>
            <span className="topic-swatch" aria-hidden="true" />
            {topic.label[lang]}
          </li>
        ))}
      </ul>
    </section>
  )
})
