/**
 * A quiet line under the header when the link names ids this timeline does not have (a topic renamed since the
 * link was made, a typo): they were dropped (lib/url-state/known-ids.ts) and the rest of the link is shown.
 * "OK" takes them out of the address as well.
 */
import { useTranslation } from 'react-i18next'
import { dropUnknownUrlIds, useUnknownUrlIds } from '../lib/url-state'

/** A link may list any number of ids: the notice names the first few. */
const SHOWN = 5

export function LinkNotice() {
  const { t } = useTranslation()
  const unknown = useUnknownUrlIds()
  if (unknown.length === 0) return null
  return (
    <div className="link-notice" role="status" aria-label={t('link.region')}>
      <ul className="link-notice__list">
        {unknown.map(({ key, ids }) => (
          <li key={key}>
            {t(`link.unknown.${key}`, {
              count: ids.length,
              ids: ids.slice(0, SHOWN).join(', ') + (ids.length > SHOWN ? ', …' : ''),
            })}
          </li>
        ))}
      </ul>
      <button type="button" className="link-notice__dismiss" onClick={dropUnknownUrlIds}>
        {t('link.dismiss')}
      </button>
    </div>
  )
}
