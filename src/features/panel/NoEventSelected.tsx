/**
 * Where the detail panel opens, while no event is selected (wide screens only, see panel.css): the column is
 * always there, so opening an event does not narrow the timeline, which would rescale it and move the item
 * just clicked (see docs/decisions/0013-detail-column.md).
 */
import { useT } from '../../lib/i18n'

export function NoEventSelected({ bilingual }: { bilingual: boolean }) {
  const { t } = useT()
  return (
    <div className={bilingual ? 'detail-placeholder detail-panel--bilingual' : 'detail-placeholder'}>
      <p className="detail-placeholder__title">{t('panel.noneSelected')}</p>
      <p className="detail-placeholder__hint">{t('panel.noneSelectedHint')}</p>
    </div>
  )
}
