/** i18next with the two UI locales bundled; keys are typed from locales/en.json. */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import type { Language } from '../../model'

export const resources = { en: { translation: en }, ru: { translation: ru } } as const

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
  }
}

/** Initialises the shared i18next instance once, synchronously (resources are bundled). */
export function initI18n(lng: Language): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'en',
      supportedLngs: ['en', 'ru'],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    })
  } else if (i18next.language !== lng) {
    void i18next.changeLanguage(lng)
  }
  return i18next
}
