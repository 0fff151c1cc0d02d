/**
 * The secondary actions (both languages, theme, help, copy link, present). On a wide screen they sit in the
 * header's row; on a phone they fold behind one "More" button (CSS decides which), closed by Esc or a click outside.
 */
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react'
import { MoreIcon } from './icons'
import { useT } from '../../lib/i18n'
import { useKeydown } from '../../lib/keys'

export function HeaderTools({ children }: { children: ReactNode }) {
  const { t } = useT()
  const id = useId()
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)

  // The menu layer: before the detail panel's Esc (the dialog layer), which skips a handled key, so the panel
  // stays open.
  useKeydown(
    'menu',
    (e) => {
      if (e.key !== 'Escape') return false
      setOpen(false)
      toggleRef.current?.focus()
      return true
    },
    { enabled: open, typing: true, modified: true },
  )
  useEffect(
    function closeOnOutsidePointer() {
      if (!open) return
      const controller = new AbortController()
      const { signal } = controller
      document.addEventListener(
        'pointerdown',
        (e) => {
          if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setOpen(false)
        },
        { signal },
      )
      return function removeListeners() {
        controller.abort()
      }
    },
    [open],
  )

  /** An action taken from the open menu closes it; "Copy link" keeps it open to show its confirmation. */
  function closeAfterAction(e: MouseEvent<HTMLDivElement>) {
    if (!open || !(e.target instanceof Element)) return
    if (e.target.closest('button') && !e.target.closest('.copy-link')) setOpen(false)
  }

  return (
    <div ref={rootRef} className="header-tools">
      <button
        ref={toggleRef}
        type="button"
        className="header-tools__toggle icon-button"
        aria-expanded={open}
        aria-controls={id}
        title={t('header.more')}
        onClick={() => setOpen(!open)}
      >
        <MoreIcon />
        <span className="visually-hidden">{t('header.more')}</span>
      </button>
      <div
        id={id}
        className={open ? 'header-tools__list header-tools__list--open' : 'header-tools__list'}
        onClick={closeAfterAction}
      >
        {children}
      </div>
    </div>
  )
}
