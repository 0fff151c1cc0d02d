/** The marker beside a text shown from the other language because nobody has translated it yet. */
import { useTranslation } from 'react-i18next'

export function UntranslatedMark({ show }: { show: boolean }) {
  const { t } = useTranslation()
  if (!show) return null
  return <span className="untranslated-mark">{t('panel.untranslated')}</span>
}
