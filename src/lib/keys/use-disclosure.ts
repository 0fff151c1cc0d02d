/**
 * An open menu or popover closes on Esc (the `menu` layer: before the detail panel's Esc, so the panel stays
 * open; the focus goes back to the control that opened it) and on a pointer press outside `root`.
 */
import { useEffect, useEffectEvent, useId, useRef, useState, type RefObject } from 'react'
import { useKeydown } from './use-keydown'

function useDismiss(
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

/**
 * A button that opens and closes a menu or popover (`aria-expanded`, `aria-controls`), dismissed as above: spread
 * `toggleProps` on the button, put `rootRef` on the element that holds both, `id` on what opens.
 */
export function useDisclosure() {
  const id = useId()
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)
  useDismiss(open, rootRef, toggleRef, () => setOpen(false))
  const toggleProps = {
    ref: toggleRef,
    type: 'button',
    'aria-expanded': open,
    'aria-controls': id,
    onClick: () => setOpen((was) => !was),
  } as const
  return { id, open, setOpen, rootRef, toggleProps }
}
