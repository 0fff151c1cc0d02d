import { setUrlState } from '../../lib/url-state'
import { PlayIcon } from './icons'
import { useT } from '../../lib/i18n'

/** Starts the presentation at its first slide (`present=1`); the presentation feature renders it. */
export function PresentButton() {
  const { t } = useT()
  return (
    <button type="button" className="present-button" onClick={() => setUrlState({ present: 1 })}>
      <PlayIcon />
      <span>{t('header.present')}</span>
    </button>
  )
}
