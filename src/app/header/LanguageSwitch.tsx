import { LANGUAGES, type Language } from '../../model'
import { chooseLanguage, useLanguage } from '../../lib/i18n'
import { RadioGroup } from './RadioGroup'
import { useT } from '../../lib/i18n'

/** "English" and "Русский" keep their own names in both interface languages. */
export function LanguageSwitch() {
  const { t } = useT()
  const lang = useLanguage()
  const options = LANGUAGES.map((value) => ({ value, label: t(`language.${value}`), lang: value }))
  return (
    <RadioGroup<Language>
      name="language"
      className="language-switch"
      label={t('language.label')}
      value={lang}
      options={[...options].reverse()}
      onChange={chooseLanguage}
    />
  )
}
