import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { StrictMode, useState } from 'react'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import robustEn from '../../locales/en.json'
import robustRu from '../../locales/ru.json'
import { ErrorBoundary } from '../../src/app/error-boundary'

function i18n(lng: 'en' | 'ru', withRobust = true) {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources: withRobust ? { en: { translation: robustEn }, ru: { translation: robustRu } } : { en: {}, ru: {} },
    lng,
    fallbackLng: 'en',
    initAsync: false,
  })
  return instance
}

const failing = { on: true }
function Fragile() {
  if (failing.on) throw new Error('view exploded')
  return <p>the view</p>
}

function renderBoundary(lng: 'en' | 'ru' = 'en', props: { onReload?: () => void; withRobust?: boolean } = {}) {
  return render(
    <StrictMode>
      <I18nextProvider i18n={i18n(lng, props.withRobust)}>
        <header>
          <h1>Timeline</h1>
        </header>
        <ErrorBoundary onReload={props.onReload}>
          <Fragile />
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  )
}

beforeEach(() => {
  failing.on = true
  // React reports caught render errors on the console; the test asserts what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('ErrorBoundary', () => {
  it('replaces a crashed view with a clear message and keeps the rest of the page', () => {
    renderBoundary()
    expect(screen.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(robustEn.robust.title)
    expect(alert).toHaveTextContent(robustEn.robust.detail)
  })

  it('"Try again" renders the view afresh once it works', async () => {
    renderBoundary()
    failing.on = false
    await userEvent.click(screen.getByRole('button', { name: robustEn.robust.retry }))
    expect(screen.getByText('the view')).toBeVisible()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('"Try again" shows the message again when the view still fails', async () => {
    renderBoundary()
    await userEvent.click(screen.getByRole('button', { name: robustEn.robust.retry }))
    expect(screen.getByRole('alert')).toHaveTextContent(robustEn.robust.title)
  })

  it('"Reload the page" reloads', async () => {
    const onReload = vi.fn()
    renderBoundary('en', { onReload })
    await userEvent.click(screen.getByRole('button', { name: robustEn.robust.reload }))
    expect(onReload).toHaveBeenCalledOnce()
  })

  it('speaks Russian', () => {
    renderBoundary('ru')
    expect(screen.getByRole('alert')).toHaveTextContent(robustRu.robust.title)
    expect(screen.getByRole('button', { name: robustRu.robust.retry })).toBeVisible()
  })

  it('falls back to English text, never a raw key, when the translations are missing', () => {
    renderBoundary('ru', { withRobust: false })
    expect(screen.getByRole('alert')).toHaveTextContent(robustEn.robust.title)
    expect(screen.getByRole('alert')).not.toHaveTextContent('robust.')
  })

  it('forgets the error when its reset keys change', () => {
    function Switcher() {
      const [view, setView] = useState('timeline')
      return (
        <>
          <button type="button" onClick={() => setView('list')}>
            list
          </button>
          <ErrorBoundary resetKeys={[view]}>{view === 'timeline' ? <Fragile /> : <p>the list</p>}</ErrorBoundary>
        </>
      )
    }
    render(
      <I18nextProvider i18n={i18n('en')}>
        <Switcher />
      </I18nextProvider>,
    )
    expect(screen.getByRole('alert')).toBeVisible()
    screen.getByRole('button', { name: 'list' }).click()
    return vi.waitFor(() => expect(screen.getByText('the list')).toBeVisible())
  })
})
