/**
 * The one typed `t`: its keys are the leaves of locales/en.json (`features.search.label`, plural suffixes
 * folded), so a misspelt key fails the type check; tests/lib/i18n/locales.test.ts keeps ru.json's keys equal.
 * Components and the props that carry a `t` use these types, not i18next's own.
 */
import { useTranslation } from 'react-i18next'
import type { Language } from '../../model'
import type en from '../../../locales/en.json'

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
type WithoutPlural<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K

export type UiKey = WithoutPlural<Leaves<typeof en>>
export type T = (key: UiKey, options?: Record<string, unknown>) => string

export interface Translation {
  /** In the interface language. */
  t: T
  /** Fixed to `lang` (a slide's or a column's language, not necessarily the interface's). */
  tFor: (lang: Language) => T
  language: string
}

export function useT(): Translation {
  const { t, i18n } = useTranslation()
  return {
    t: t as unknown as T,
    tFor: (lang) => i18n.getFixedT(lang) as unknown as T,
    language: i18n.language,
  }
}
