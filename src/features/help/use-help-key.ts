import { useEffect, useRef } from 'react'
import { isTyping } from '../../lib/keys/is-typing'

/** Calls `onHelp` when "?" is pressed anywhere outside a text field. */
export function useHelpKey(onHelp: () => void): void {
  const latest = useRef(onHelp)
  useEffect(() => {
    latest.current = onHelp
  })
  useEffect(function listenForHelpKey() {
    const controller = new AbortController()
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
        event.preventDefault()
        latest.current()
      },
      { signal: controller.signal },
    )
    return function stopListening() {
      controller.abort()
    }
  }, [])
}
