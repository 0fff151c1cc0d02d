import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { useT } from '../../lib/i18n'
import { SHORTCUTS, type Shortcut } from './shortcuts'

export interface ShortcutsOverlayProps {
  open: boolean
  onClose: () => void
  shortcuts?: readonly Shortcut[]
}

/** A modal list of keyboard shortcuts; Esc or "?" closes it and focus returns where it was. */
export function ShortcutsOverlay({ open, onClose, shortcuts = SHORTCUTS }: ShortcutsOverlayProps) {
  const { t } = useT()
  const titleId = useId()
  const closeRef = useRef<HTMLButtonElement>(null)

  useEffect(
    function moveFocusIntoDialog() {
      if (!open) return
      const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
      closeRef.current?.focus()
      return function restoreFocus() {
        before?.focus()
      }
    },
    [open],
  )

  if (!open) return null
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' || event.key === '?') {
      event.preventDefault()
      event.stopPropagation() // "?" must not reopen it through the global key
      onClose()
    } else if (event.key === 'Tab') {
      event.preventDefault() // the close button is the only stop: focus stays inside
      closeRef.current?.focus()
    }
  }
  return (
    <div className="overlay-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="shortcuts-overlay"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{t('features.help.title')}</h2>
        <dl>
          {shortcuts.map((shortcut) => (
            <div key={shortcut.description}>
              <dt>
                {shortcut.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{t(shortcut.description)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" ref={closeRef} onClick={onClose}>
          {t('features.help.close')}
        </button>
      </div>
    </div>
  )
}
