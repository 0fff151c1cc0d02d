/**
 * The presentation's keys, attached once to the window in the capture phase: the presentation covers
 * the app, so a key it handles goes no further (the timeline's arrows and the panel's Esc stay quiet).
 * The handler is read through a ref so it is never stale.
 */
import { useEffect, useRef } from 'react'
import { presentationKeyAction, type PresentAction } from './keys'

/** Enter and Space on a focused control belong to the control (a button's click), not to the slides. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], input, select, textarea, summary') !== null
}

export function useWindowKeys(onAction: (action: PresentAction) => boolean): void {
  const latest = useRef(onAction)
  useEffect(() => {
    latest.current = onAction
  })
  useEffect(function listenToKeys() {
    const controller = new AbortController()
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.defaultPrevented || event.isComposing) return
        if ((event.key === 'Enter' || event.key === ' ') && isControl(event.target)) return
        const action = presentationKeyAction(event)
        if (action && latest.current(action)) {
          event.preventDefault()
          event.stopPropagation()
        }
      },
      { signal: controller.signal, capture: true },
    )
    return function stopListening() {
      controller.abort()
    }
  }, [])
}
