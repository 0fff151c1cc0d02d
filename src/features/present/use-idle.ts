/**
 * The audience screen's controls step aside: after `delay` ms without the pointer moving they are hidden (and
 * the cursor with them) until the pointer moves or a key that is not a navigation key is pressed. A clicker's
 * keys keep working while they are hidden; they just do not bring the controls back.
 */
import { useEffect, useState } from 'react'
import { isNavigation, presentationKeyAction } from './keys'

const IDLE_MS = 3000

export function useIdle(enabled: boolean, delay = IDLE_MS): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(
    function watchForActivity() {
      if (!enabled) return
      const controller = new AbortController()
      let timer = window.setTimeout(() => setIdle(true), delay)
      const wake = () => {
        window.clearTimeout(timer)
        setIdle(false)
        timer = window.setTimeout(() => setIdle(true), delay)
      }
      const options = { signal: controller.signal, capture: true, passive: true }
      window.addEventListener('pointermove', wake, options)
      window.addEventListener('pointerdown', wake, options)
      window.addEventListener('keydown', (event) => isNavigation(presentationKeyAction(event)) || wake(), options)
      return function stopWatching() {
        controller.abort()
        window.clearTimeout(timer)
      }
    },
    [enabled, delay],
  )
  return enabled && idle
}
