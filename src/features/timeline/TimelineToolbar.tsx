import { memo } from 'react'
import type { Grouping } from '../../lib/url-state'
import { useT } from '../../lib/i18n'

export interface TimelineToolbarProps {
  grouping: Grouping | null
  hasSelection: boolean
  onZoom: (direction: 'in' | 'out') => void
  onFit: () => void
  onGoToSelected: () => void
  onGrouping: (grouping: Grouping | null) => void
}

export const TimelineToolbar = memo(function TimelineToolbar({
  grouping,
  hasSelection,
  onZoom,
  onFit,
  onGoToSelected,
  onGrouping,
}: TimelineToolbarProps) {
  const { t } = useT()
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label={t('timeline.controls')}>
      <button type="button" onClick={() => onZoom('in')} aria-label={t('timeline.zoomIn')} title={t('timeline.zoomIn')}>
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        onClick={() => onZoom('out')}
        aria-label={t('timeline.zoomOut')}
        title={t('timeline.zoomOut')}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={onFit}>
        {t('timeline.fitAll')}
      </button>
      <button type="button" onClick={onGoToSelected} disabled={!hasSelection}>
        {t('timeline.goToSelected')}
      </button>
      <label className="timeline-toolbar__group">
        <span>{t('timeline.group')}</span>
        <select
          value={grouping ?? ''}
          onChange={(e) => onGrouping(e.target.value === 'topic' || e.target.value === 'kind' ? e.target.value : null)}
        >
          <option value="">{t('timeline.groupNone')}</option>
          <option value="topic">{t('timeline.groupTopic')}</option>
          <option value="kind">{t('timeline.groupKind')}</option>
        </select>
      </label>
    </div>
  )
})
