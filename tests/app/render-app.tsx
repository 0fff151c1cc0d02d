/** Renders the whole app on the fixture dataset, under StrictMode, as main.tsx does. */
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { App } from '../../src/app/App'
import { StaticDatasetProvider } from '../../src/lib/data'
import type { Dataset } from '../../src/model'
import { fixtureDataset } from './fixtures/dataset'

export function renderApp({ url = '/', dataset = fixtureDataset }: { url?: string; dataset?: Dataset } = {}) {
  window.history.replaceState(null, '', url)
  const user = userEvent.setup()
  const result = render(
    <StrictMode>
      <StaticDatasetProvider dataset={dataset}>
        <App />
      </StaticDatasetProvider>
    </StrictMode>,
  )
  return { user, ...result }
}
