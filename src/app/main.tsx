/** Entry: styles, i18n in the resolved language, then the app under StrictMode. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { DatasetProvider } from '../lib/data'
import { initI18n, resolveLanguage } from '../lib/i18n'
import './styles/index.css'
import { flushUrlState, getUrlState } from '../lib/url-state'

const lang = resolveLanguage(getUrlState().lang)
initI18n(lang)
document.documentElement.lang = lang
window.addEventListener('pagehide', flushUrlState)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <DatasetProvider>
      <App />
    </DatasetProvider>
  </StrictMode>,
)
