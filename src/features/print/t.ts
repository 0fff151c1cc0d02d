/** `t` typed against the `print.*` strings in locales/en.json, in the interface language or fixed to one. */
import { useTranslation } from 'react-i18next'
import type { Language } from '../../model'
import type offline from '../../../locales/en.json'

export type PrintKey = `print.${keyof (typeof offline)['print'] & string}`
export type PrintT = (key: PrintKey, options?: Record<string, unknown>) => string

export function usePrintT(): PrintT {
  const { t } = useTranslation()
  return t as unknown as PrintT
}

/** A `t` per language: a bilingual row says "held" or "planned" in each of its languages. */
export function usePrintTFor(): (lang: Language) => PrintT {
  const { i18n } = useTranslation()
  return (lang) => i18n.getFixedT(lang) as unknown as PrintT
}
