/** `t` typed against the `export.*` strings in locales/en.json. */
import { useTranslation } from 'react-i18next'
import type offline from '../../../locales/en.json'

export type ExportKey = `export.${keyof (typeof offline)['export'] & string}`

export function useExportT(): (key: ExportKey, options?: Record<string, unknown>) => string {
  const { t } = useTranslation()
  return t as unknown as (key: ExportKey, options?: Record<string, unknown>) => string
}
