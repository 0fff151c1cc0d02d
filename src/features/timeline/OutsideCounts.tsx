import { memo } from 'react'
import { useT } from '../../lib/i18n'

/** How many events of the current filter lie before and after the visible window. */
export const OutsideCounts = memo(function OutsideCounts({ before, after }: { before: number; after: number }) {
  const { t } = useT()
  return (
    <p className="outside-counts" aria-live="polite">
      <span className="outside-counts__before">
        {before > 0 ? `← ${t('timeline.outsideBefore', { count: before })}` : ''}
      </span>
      <span className="outside-counts__after">
        {after > 0 ? `${t('timeline.outsideAfter', { count: after })} →` : ''}
      </span>
    </p>
  )
})
