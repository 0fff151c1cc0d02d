/**
 * Full screen for as long as the presentation is mounted. The request may be refused (no user
 * gesture, a headless browser, a policy): the presentation then simply runs in the window. When the
 * browser leaves full screen by itself (it takes Esc there), `onLeave` runs so the presentation ends too.
 */
import { useEffect, useRef } from 'react'

export function useFullscreen(onLeave: () => void): void {
  const latest = useRef(onLeave)
  useEffect(() => {
    latest.current = onLeave
  })

  useEffect(function enterFullscreen() {
    const controller = new AbortController()
    let entered = false
    document.addEventListener(
      'fullscreenchange',
      () => {
        if (document.fullscreenElement) entered = true
        else if (entered) {
          entered = false
          latest.current()
        }
      },
      { signal: controller.signal },
    )
    const root = document.documentElement
    // Without a user gesture (a link opened with `present=1`) the browser would refuse and log an error: skip it.
    const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation
    const mayAsk = activation === undefined || activation.isActive
    if (mayAsk && !document.fullscreenElement && typeof root.requestFullscreen === 'function') {
      root.requestFullscreen().catch(() => {
        // Refused: the presentation works the same inside the window.
      })
    }
    return function leaveFullscreen() {
      controller.abort()
      if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
        document.exitFullscreen().catch(() => {
          // Already leaving: nothing to undo.
        })
      }
    }
  }, [])
}
