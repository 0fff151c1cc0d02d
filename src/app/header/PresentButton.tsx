import { useTranslation } from 'react-i18next'
import { setUrlState } from '../../lib/url-state'
import { PlayIcon } from './icons'

/** Starts the presentation at its first slide (`present=1`); the presentation feature renders it. */
export function PresentButton() {
  const { t } = useTranslation()
  return (
    <button type="button" className="present-button" onClick={() => setUrlState({ present: 1 })}>
      <PlayIcon />
      <span>{t('header.present')}</span>
    </button>
  )
}
