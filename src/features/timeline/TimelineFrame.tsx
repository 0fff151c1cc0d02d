import type { ReactNode } from 'react'
import type { Grouping } from '../../lib/url-state'
import { useT } from '../../lib/i18n'
import { OutsideCounts, type OutsideCountsProps } from './OutsideCounts'
import { yearsOf } from './timeline-window'
import { TimelineToolbar, type TimelineToolbarProps } from './TimelineToolbar'

type TimelineActions = Pick<TimelineToolbarProps, 'onZoom' | 'onFit' | 'onGoToSelected' | 'onGrouping'> &
  Pick<OutsideCountsProps, 'onBefore' | 'onAfter'>

type Span = { start: string; end: string }

export interface TimelineFrameProps {
  grouping: Grouping | null
  hasSelection: boolean
  /** The events of the filter before and after the window shown. */
  outside: { before: readonly Span[]; after: readonly Span[] }
  /** Each is handed on as it is: stable callbacks keep the memoized toolbar and counts from re-rendering. */
  actions?: TimelineActions
  /** The timeline itself. */
  children: ReactNode
}

const noop = () => undefined
/** Before the app has taken over (the prerendered first view), the controls are drawn and do nothing. */
const IDLE = { onZoom: noop, onFit: noop, onGoToSelected: noop, onGrouping: noop, onBefore: noop, onAfter: noop }

/**
 * The timeline pane around the timeline: its toolbar, the counts of events outside the window and the keys under
 * it. TimelinePane puts vis-timeline in it; the prerendered first view (src/app/prerender-first-view.tsx) a static
 * picture, so that both draw the same boxes.
 */
export function TimelineFrame({ grouping, hasSelection, outside, actions = IDLE, children }: TimelineFrameProps) {
  const { t } = useT()
  const { onBefore, onAfter, ...toolbarActions } = actions
  return (
    <section className="timeline-pane">
      <TimelineToolbar grouping={grouping} hasSelection={hasSelection} {...toolbarActions} />
      <OutsideCounts
        before={outside.before.length}
        after={outside.after.length}
        beforeYears={yearsOf(outside.before)}
        afterYears={yearsOf(outside.after)}
        onBefore={onBefore}
        onAfter={onAfter}
      />
      {children}
      <p id="timeline-keys" className="timeline-keys">
        {t('timeline.keys')}
      </p>
    </section>
  )
}
