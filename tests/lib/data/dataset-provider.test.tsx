import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DatasetProvider, DatasetLoadError, useDataset } from '../../../src/lib/data'
import { fixtureDataset } from '../../app/fixtures/dataset'

function Title() {
  return <p>{useDataset().dataset.meta.title.en}</p>
}

describe('DatasetProvider', () => {
  it('shows a loading state, then the app', async () => {
    render(
      <DatasetProvider load={() => Promise.resolve(fixtureDataset)}>
        <Title />
      </DatasetProvider>,
    )
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline…')
    expect(await screen.findByText(fixtureDataset.meta.title.en)).toBeInTheDocument()
  })

  it('shows a clear, translated error when loading fails', async () => {
    render(
      <DatasetProvider load={() => Promise.reject(new DatasetLoadError('HTTP 404'))}>
        <Title />
      </DatasetProvider>,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded (HTTP 404)')
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
  })

  it('refuses to be used outside the provider', () => {
    expect(() => render(<Title />)).toThrow(/inside <DatasetProvider>/)
  })
})
