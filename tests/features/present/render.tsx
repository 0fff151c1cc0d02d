/** An i18next instance with the app's strings (the presentation's are under `present.*`). */
import { render, type RenderOptions } from '@testing-library/react'
import i18next, { type i18n } from 'i18next'
import type { ReactElement } from 'react'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'

export function createPresentI18n(lng: 'en' | 'ru' = 'en'): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return instance
}

export function renderPresent(ui: ReactElement, options?: RenderOptions) {
  const instance = createPresentI18n()
  return { i18n: instance, ...render(<I18nextProvider i18n={instance}>{ui}</I18nextProvider>, options) }
}
