import { useEffect, useState } from 'react'
import { currentUrl, getUrlState, setUrlState, shownWindow } from '../../lib/url-state'
import { LinkIcon } from './icons'
import { useT } from '../../lib/i18n'

type CopyState = 'idle' | 'copied' | 'failed'

/**
 * Copies the current address (pending window changes included) and says so. Where the timeline moved by itself (to
 * follow a filter) and the address has no window, the window shown goes into the address first: the link opens on
 * what was shared.
 */
export function CopyLinkButton() {
  const { t } = useT()
  const [state, setState] = useState<CopyState>('idle')

  useEffect(
    function clearMessageLater() {
      if (state === 'idle') return
      const timer = setTimeout(() => setState('idle'), 4000)
      return function cancelClear() {
        clearTimeout(timer)
      }
    },
    [state],
  )

  async function copy() {
    try {
      const window = shownWindow()
      if (window && getUrlState().window === null) setUrlState({ window }, 'replace')
      await navigator.clipboard.writeText(currentUrl())
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <span className="copy-link">
      <button type="button" className="icon-button" title={t('header.copyLink')} onClick={() => void copy()}>
        <LinkIcon />
        <span className="icon-button__label">{t('header.copyLink')}</span>
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied' ? t('header.copied') : state === 'failed' ? t('header.copyFailed') : ''}
      </span>
    </span>
  )
}
