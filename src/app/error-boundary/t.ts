/**
 * `t` for the robust.* strings, with the English text as the default value: an error message must
 * never come out blank or as a raw key, even when a key is missing at run time.
 */
import { useTranslation } from 'react-i18next'
import en from '../../../locales/en.json'

export type RobustKey = `robust.${keyof typeof en.robust & string}`

export function useRobustT(): (key: RobustKey) => string {
  const { t } = useTranslation()
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string
  return (key) => translate(key, { defaultValue: en.robust[key.slice('robust.'.length) as keyof typeof en.robust] })
}
