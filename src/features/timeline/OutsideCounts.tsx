import { memo } from 'react'
import { useT } from '../../lib/i18n'

export interface OutsideCountsProps {
  before: number
  after: number
  /** Where they are: "1945–1956". */
  beforeYears: string
  afterYears: string
  onBefore: () => void
  onAfter: () => void
}

/** How many events of the current filter lie before and after the visible window; each count goes there. */
export const OutsideCounts = memo(function OutsideCounts(props: OutsideCountsProps) {
  const { t } = useT()
  return (
    <p className="outside-counts" aria-live="polite">
      <span className="outside-counts__before">
        {props.before > 0 && (
          <button type="button" className="outside-counts__button" onClick={props.onBefore}>
            {`← ${t('timeline.outsideBefore', { count: props.before })} (${props.beforeYears})`}
          </button>
        )}
      </span>
      <span className="outside-counts__after">
        {props.after > 0 && (
          <button type="button" className="outside-counts__button" onClick={props.onAfter}>
            {`${t('timeline.outsideAfter', { count: props.after })} (${props.afterYears}) →`}
          </button>
        )}
      </span>
    </p>
  )
})
