import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { initI18n } from '../../src/lib/i18n'
import { flushUrlState, setUrlIdCheck } from '../../src/lib/url-state'

initI18n('en')

beforeEach(async () => {
  window.history.replaceState(null, '', '/')
  window.localStorage.clear()
  const { default: i18next } = await import('i18next')
  await i18next.changeLanguage('en')
})

afterEach(() => {
  cleanup()
  // A test's last change may still be on its way to the address: written now, not into the next test.
  flushUrlState()
  // The dataset a test provided checks no other test's links.
  setUrlIdCheck(null)
})
