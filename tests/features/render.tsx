/**
 * renderFeature: one feature component with a real i18next instance holding the app's strings. Its pair,
 * renderApp (tests/app/render-app.tsx), renders the whole app on the fixture dataset.
 */
import '@testing-library/jest-dom/vitest'
import { cleanup, render, type RenderOptions } from '@testing-library/react'
import i18next, { type i18n } from 'i18next'
import type { ReactElement } from 'react'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { afterEach } from 'vitest'
import en from '../../locales/en.json'
import ru from '../../locales/ru.json'

afterEach(cleanup)

export function createI18n(lng: 'en' | 'ru' = 'en'): i18n {
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

export function renderFeature(ui: ReactElement, lng: 'en' | 'ru' = 'en', options?: RenderOptions) {
  const instance = createI18n(lng)
  return { i18n: instance, ...render(<I18nextProvider i18n={instance}>{ui}</I18nextProvider>, options) }
}
