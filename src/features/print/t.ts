/** `t` typed against the `print.*` strings in locales/offline.en.json (merged into locales/en.json by the lead). */
import { useTranslation } from 'react-i18next'
import type offline from '../../../locales/offline.en.json'

export type PrintKey = `print.${keyof (typeof offline)['print'] & string}`

export function usePrintT(): (key: PrintKey, options?: Record<string, unknown>) => string {
  const { t } = useTranslation()
  return t as unknown as (key: PrintKey, options?: Record<string, unknown>) => string
}
