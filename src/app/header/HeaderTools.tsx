/**
 * The secondary actions (both languages, theme, help, copy link, present). On a wide screen they sit in the
 * header's row; on a phone they fold behind one "More" button (CSS decides which), closed by Esc or a click outside.
 */
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { MoreIcon } from './icons'

export function HeaderTools({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const id = useId()
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)

  useEffect(
    function closeOnEscapeOrOutside() {
      if (!open) return
      const controller = new AbortController()
      const { signal } = controller
      document.addEventListener(
        'keydown',
        (e) => {
          if (e.key !== 'Escape' || e.defaultPrevented) return
          // Handled here: the detail panel (which also closes on Esc) stays open.
          e.preventDefault()
          setOpen(false)
          toggleRef.current?.focus()
        },
        // Capture: before the panel's own Esc listener (bubble phase), which skips a handled key.
        { signal, capture: true },
      )
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
    if (e.target.closest('button') && !e.target.closest('.copy-link, .present-picker__toggle')) setOpen(false)
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
