import { PresentPicker } from '../../features/present'
import { useT } from '../../lib/i18n'
import { PlayIcon } from './icons'

/** The header's Present control; the presentation feature owns it (the story picker, `present=0`). */
export function PresentButton() {
  const { t } = useT()
  return <PresentPicker label={t('header.present')} icon={<PlayIcon />} />
}
