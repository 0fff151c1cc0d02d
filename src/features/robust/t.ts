/**
 * `t` for the robust.* strings, with the English text as the default value: an error message must
 * never come out blank or as a raw key, even when the locale files were not merged or a key is missing.
 */
import { useTranslation } from 'react-i18next'
import en from '../../../locales/robust.en.json'

export type RobustKey = keyof typeof en.robust

export function useRobustT(): (key: RobustKey) => string {
  const { t } = useTranslation()
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string
  return (key) => translate(`robust.${key}`, { defaultValue: en.robust[key] })
}
