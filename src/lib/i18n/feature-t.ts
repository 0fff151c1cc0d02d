/**
 * `t` typed against the `features.*` keys of locales/en.json (`features.search.label`).
 */
import { useTranslation } from 'react-i18next'
import type en from '../../../locales/en.json'

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
type WithoutPlural<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K

export type FeatureKey = WithoutPlural<Leaves<Pick<typeof en, 'features'>>>
export type FeatureT = (key: FeatureKey, options?: Record<string, unknown>) => string

export function useFeatureT(): { t: FeatureT; language: string } {
  const { t, i18n } = useTranslation()
  return { t: t as unknown as FeatureT, language: i18n.language }
}
