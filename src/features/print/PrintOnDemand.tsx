/**
 * The handout is a table of every event shown: with thousands of events it would be most of the page's DOM.
 * Small sets are rendered at once; larger ones only when printing starts (beforeprint, or print media), rendered
 * synchronously so the print layout has them.
 */
import { useEffect, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

/** Up to this many events the handout is always in the page. */
export const EAGER_PRINT_EVENTS = 300

export function PrintOnDemand({ count, children }: { count: number; children: ReactNode }) {
  const [printing, setPrinting] = useState(false)
  const eager = count <= EAGER_PRINT_EVENTS

  useEffect(
    function listenForPrint() {
      if (eager) return
      const controller = new AbortController()
      const start = () => flushSync(() => setPrinting(true))
      window.addEventListener('beforeprint', start, { signal: controller.signal })
      window.addEventListener('afterprint', () => setPrinting(false), { signal: controller.signal })
      const media = window.matchMedia?.('print')
      media?.addEventListener('change', (event) => event.matches && start(), { signal: controller.signal })
      return function stopListening() {
        controller.abort()
      }
    },
    [eager],
  )

  return eager || printing ? children : null
}
