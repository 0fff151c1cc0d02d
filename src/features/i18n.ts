/**
 * `t` typed against the features' own locale file (locales/features.en.json), so the features type-check
 * whether or not those keys have been merged into locales/en.json yet. Keys are the same either way
 * (`features.search.label`), so after the merge this can become a plain `useTranslation()`.
 */
import { useTranslation } from 'react-i18next'
import type features from '../../locales/features.en.json'

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
type WithoutPlural<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K

export type FeatureKey = WithoutPlural<Leaves<typeof features>>
export type FeatureT = (key: FeatureKey, options?: Record<string, unknown>) => string

export function useFeatureT(): { t: FeatureT; language: string } {
  const { t, i18n } = useTranslation()
  return { t: t as unknown as FeatureT, language: i18n.language }
}
