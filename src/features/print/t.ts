/** `t` typed against the `print.*` strings in locales/en.json. */
import { useTranslation } from 'react-i18next'
import type offline from '../../../locales/en.json'

export type PrintKey = `print.${keyof (typeof offline)['print'] & string}`

export function usePrintT(): (key: PrintKey, options?: Record<string, unknown>) => string {
  const { t } = useTranslation()
  return t as unknown as (key: PrintKey, options?: Record<string, unknown>) => string
}
