import { useTranslation } from 'react-i18next'
import { PresentPicker } from '../../features/present'
import { PlayIcon } from './icons'

/** The header's Present control; the presentation feature owns it (the story picker, `present=0`). */
export function PresentButton() {
  const { t } = useTranslation()
  return <PresentPicker label={t('header.present')} icon={<PlayIcon />} />
}
