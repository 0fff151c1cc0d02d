import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../model'
import { setUrlState, useUrlValue } from '../url-state'
import { resolveLanguage, storeLanguage } from './language'

/** The current interface language (derived from the URL, the stored choice and the browser). */
export function useLanguage(): Language {
  return resolveLanguage(useUrlValue('lang'))
}

/** Keeps i18next and `<html lang>` on the current language; used once, by the app shell. */
export function useLanguageSync(): Language {
  const lang = useLanguage()
  const { i18n } = useTranslation()
  useEffect(
    function syncI18nAndHtmlLang() {
      if (i18n.language !== lang) void i18n.changeLanguage(lang)
      document.documentElement.lang = lang
    },
    [i18n, lang],
  )
  return lang
}

/** A discrete choice: a history entry, remembered for the next visit. */
export function chooseLanguage(lang: Language): void {
  storeLanguage(lang)
  setUrlState({ lang })
}
