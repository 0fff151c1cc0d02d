/**
 * The presentation's keys, on the `presentation` layer of useKeydown: before anything else on the page, and a
 * key it handles goes no further (the timeline's arrows and the panel's Esc stay quiet).
 */
import { useKeydown } from '../../lib/keys'
import { presentationKeyAction, type PresentAction } from './keys'

/** Enter and Space on a focused control belong to the control (a button's click), not to the slides. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], input, select, textarea, summary') !== null
}

export function useWindowKeys(onAction: (action: PresentAction) => boolean): void {
  useKeydown(
    'presentation',
    (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && isControl(event.target)) return false
      const action = presentationKeyAction(event)
      return action !== null && onAction(action)
    },
    { typing: true },
  )
}
