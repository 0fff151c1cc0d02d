/**
 * `t` for the presentation, typed against the `present.*` keys of locales/en.json and fixed to a language: a slide's
 * chrome follows the slide's language (and each column's, side by side), not only the interface's.
 */
import { useTranslation } from 'react-i18next'
import type { Language } from '../../model'
import type en from '../../../locales/en.json'

/** A plural form (`eventCount_one`) is asked for by its base (`eventCount`, with `count`). */
type Base<K extends string> = K extends `${infer B}_${'one' | 'few' | 'many' | 'other'}` ? B : K

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

export type PresentKey = Leaves<Pick<typeof en, 'present'>>
export type PresentT = (key: PresentKey, options?: Record<string, unknown>) => string

/** A `t` per language, stable for the i18next instance. */
export function usePresentT(): (lang: Language) => PresentT {
  const { i18n } = useTranslation()
  return (lang) => i18n.getFixedT(lang) as unknown as PresentT
}
