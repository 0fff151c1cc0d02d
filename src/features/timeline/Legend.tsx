import { memo } from 'react'
import { useDataset } from '../../lib/data'
import { useLanguage } from '../../lib/i18n'
import { useT } from '../../lib/i18n'

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
      <ul className="legend__list">
        <li>
          <span className="legend__mark legend__mark--point" aria-hidden="true" />
          {t('legend.point')}
        </li>
        <li>
          <span className="legend__mark legend__mark--range" aria-hidden="true" />
          {t('legend.range')}
        </li>
        <li>
          <span className="legend__mark legend__mark--held" aria-hidden="true" />
          {t('legend.held')}
        </li>
        <li>
          <span className="legend__mark legend__mark--planned" aria-hidden="true" />
          {t('legend.planned')}
        </li>
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
