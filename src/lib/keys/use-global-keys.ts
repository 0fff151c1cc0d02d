/** Page-wide shortcuts, attached once and removed with the component (AbortController). */
import { useEffect, useRef } from 'react'
import { isTyping } from './is-typing'

export type KeyMap = Record<string, () => void>

/** Runs `keys[event.key]` for plain key presses outside text fields. */
export function useGlobalKeys(keys: KeyMap): void {
  const latest = useRef(keys)
  useEffect(function keepLatestKeys() {
    latest.current = keys
  })
  useEffect(function listenForShortcuts() {
    const controller = new AbortController()
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
        if (isTyping(event.target)) return
        const action = latest.current[event.key]
        if (!action) return
        event.preventDefault()
        action()
      },
      { signal: controller.signal },
    )
    return function stopListening() {
      controller.abort()
    }
  }, [])
}
