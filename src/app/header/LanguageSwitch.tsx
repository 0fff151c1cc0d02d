import { LANGUAGES, type Language } from '../../model'
import { chooseLanguage, useLanguage } from '../../lib/i18n'
import { SegmentedSwitch } from './SegmentedSwitch'
import { useT } from '../../lib/i18n'

/** "English" and "Русский" keep their own names in both interface languages. */
export function LanguageSwitch() {
  const { t } = useT()
  const lang = useLanguage()
  const options = LANGUAGES.map((value) => ({ value, label: t(`language.${value}`), lang: value })).reverse()
  return <SegmentedSwitch<Language> name="language" value={lang} options={options} onChange={chooseLanguage} />
}
