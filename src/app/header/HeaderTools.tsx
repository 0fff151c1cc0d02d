/**
 * The secondary actions (both languages, theme, help, copy link, present). On a wide screen they sit in the
 * header's row; on a phone they fold behind one "More" button (CSS decides which), closed by Esc or a click outside.
 */
import type { MouseEvent, ReactNode } from 'react'
import { MoreIcon } from './icons'
import { useT } from '../../lib/i18n'
import { useDisclosure } from '../../lib/keys'

export function HeaderTools({ children }: { children: ReactNode }) {
  const { t } = useT()
  const { id, open, setOpen, rootRef, toggleProps } = useDisclosure()

  /** An action taken from the open menu closes it; "Copy link" keeps it open to show its confirmation. */
  function closeAfterAction(e: MouseEvent<HTMLDivElement>) {
    if (!open || !(e.target instanceof Element)) return
    if (e.target.closest('button') && !e.target.closest('.copy-link, .present-picker__toggle')) setOpen(false)
  }

  return (
    <div ref={rootRef} className="header-tools">
      <button {...toggleProps} className="header-tools__toggle icon-button" title={t('header.more')}>
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
