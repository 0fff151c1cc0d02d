import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { initI18n } from '../../src/app/i18n'

initI18n('en')

beforeEach(async () => {
  window.history.replaceState(null, '', '/')
  window.localStorage.clear()
  const { default: i18next } = await import('i18next')
  await i18next.changeLanguage('en')
})

afterEach(() => {
  cleanup()
})
