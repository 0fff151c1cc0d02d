import { setUrlState, useUrlValue } from '../../lib/url-state'
import { BilingualIcon } from './icons'
import { useT } from '../../lib/i18n'

/** `bi=1`: Russian and English side by side in the panel, on slides and in the handout. */
export function BilingualToggle() {
  const { t } = useT()
  const bi = useUrlValue('bi')
  return (
    <button
      type="button"
      className="bilingual-toggle icon-button"
      aria-pressed={bi}
      title={t('header.bilingual')}
      onClick={() => setUrlState({ bi: !bi })}
    >
      <BilingualIcon />
      <span className="icon-button__label">{t('header.bilingual')}</span>
    </button>
  )
}
