import { useTranslation } from 'react-i18next'
import { setUrlState, useUrlState } from '../url-state'

/** `bi=1`: Russian and English side by side in the panel, on slides and in the handout. */
export function BilingualToggle() {
  const { t } = useTranslation()
  const { bi } = useUrlState()
  return (
    <button type="button" className="bilingual-toggle" aria-pressed={bi} onClick={() => setUrlState({ bi: !bi })}>
      {t('header.bilingual')}
    </button>
  )
}
