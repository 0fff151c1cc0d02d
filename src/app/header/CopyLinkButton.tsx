import { useEffect, useState } from 'react'
import { currentUrl } from '../../lib/url-state'
import { LinkIcon } from './icons'
import { useT } from '../../lib/i18n'

type CopyState = 'idle' | 'copied' | 'failed'

/** Copies the current address (pending window changes included) and says so. */
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
