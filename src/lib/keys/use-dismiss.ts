/**
 * An open menu or popover closes on Esc (the `menu` layer: before the detail panel's Esc, so the panel stays
 * open; the focus goes back to the control that opened it) and on a pointer press outside `root`.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react'
import { useKeydown } from './use-keydown'

export function useDismiss(
  open: boolean,
  root: RefObject<HTMLElement | null>,
  toggle: RefObject<HTMLElement | null>,
  close: () => void,
): void {
  const onClose = useEffectEvent(close)
  useKeydown(
    'menu',
    (event) => {
      if (event.key !== 'Escape') return false
      close()
      toggle.current?.focus()
      return true
    },
    { enabled: open, typing: true, modified: true },
  )
  useEffect(
    function closeOnOutsidePointer() {
      if (!open) return
      const controller = new AbortController()
      document.addEventListener(
        'pointerdown',
        (event) => {
          if (event.target instanceof Node && !root.current?.contains(event.target)) onClose()
        },
        { signal: controller.signal },
      )
      return function stopListening() {
        controller.abort()
      }
    },
    [open, root],
  )
}
