import type { DatasetEvent, Language } from '../../model'
import { useDataset } from '../../lib/data'
import { useUrlState } from '../../lib/url-state'
import { internalLink } from './internal-link'
import { useT } from '../../lib/i18n'

/** Kind, topics, people, places and related events of one event. */
export function EventFacts({ event, lang }: { event: DatasetEvent; lang: Language }) {
  const { t } = useT()
  const url = useUrlState()
  const { topicById, kindById, personById, placeById, eventById } = useDataset()
  const people = event.people.map((id) => personById.get(id)?.name[lang] ?? id)
  const places = event.places.map((id) => placeById.get(id)?.name[lang] ?? id)
  const related = event.related.map((id) => eventById.get(id)).filter((e) => e !== undefined)
  return (
    <dl className="event-facts">
      <dt>{t('panel.kind')}</dt>
      <dd>{kindById.get(event.kind)?.label[lang] ?? event.kind}</dd>
      <dt>{t('panel.topics')}</dt>
      <dd>
        <ul className="chips">
          {event.topics.map((id) => (
            <li key={id} className={`chip topic--${id}`}>
              <span className="topic-swatch" aria-hidden="true" />
              {topicById.get(id)?.label[lang] ?? id}
            </li>
          ))}
        </ul>
      </dd>
      {people.length > 0 && (
        <>
          <dt>{t('panel.people')}</dt>
          <dd>{people.join(', ')}</dd>
        </>
      )}
      {places.length > 0 && (
        <>
          <dt>{t('panel.places')}</dt>
          <dd>{places.join(', ')}</dd>
        </>
      )}
      {related.length > 0 && (
        <>
          <dt>{t('panel.related')}</dt>
          <dd>
            <ul className="related">
              {related.map((other) => (
                <li key={other.id}>
                  <a {...internalLink(url, { event: other.id })}>{other.title[lang]}</a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  )
}
