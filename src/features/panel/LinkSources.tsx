/**
 * Sources of kind "link" (imported timelines) and remote media: pages outside the corpus, opened in a new tab
 * (never embedded or fetched), each said plainly to be not checked against a document.
 */
import { useTranslation } from 'react-i18next'
import type { DatasetEvent, Language } from '../../model'
import { mediaSrc } from '../../lib/offline'

const EXTERNAL = { target: '_blank', rel: 'noopener noreferrer' } as const

export function LinkSources({ event, lang }: { event: DatasetEvent; lang: Language }) {
  const { t } = useTranslation()
  if (event.links.length === 0 && event.sources.length > 0) return null
  return (
    <section className="sources sources--links">
      <h3 className="sources__title">{event.sources.length > 0 ? t('panel.links') : t('panel.sources')}</h3>
      <p className="sources__unchecked">{event.links.length > 0 ? t('panel.unchecked') : t('panel.noSource')}</p>
      {event.links.length > 0 && (
        <ul className="sources__list">
          {event.links.map((link) => (
            <li key={link.url} className="source">
              <a href={link.url} {...EXTERNAL}>
                {link.label[lang] || link.url}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Media: an image bundled with the data (`media/…`), or a remote page kept as a link. */
export function MediaList({ event, lang }: { event: DatasetEvent; lang: Language }) {
  const { t } = useTranslation()
  if (event.media.length === 0) return null
  return (
    <section className="media">
      <h3 className="sources__title">{t('panel.media')}</h3>
      <ul className="sources__list">
        {event.media.map((item, index) => (
          <li key={index} className="media__item">
            {'file' in item ? (
              <figure>
                <img src={mediaSrc(item.file)} alt={item.alt[lang]} loading="lazy" className="media__image" />
                <figcaption>
                  {item.caption?.[lang]} <span className="media__credit">{item.credit[lang]}</span>
                </figcaption>
              </figure>
            ) : (
              <p>
                <a href={item.url} {...EXTERNAL}>
                  {item.caption?.[lang] || item.alt[lang] || item.url}
                </a>
                {item.credit && <span className="media__credit"> {item.credit[lang]}</span>}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
