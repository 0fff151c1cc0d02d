import { createContext, use, useEffect, useState, type ReactNode } from 'react'
import { useT } from '../i18n'
import type { Dataset } from '../../model'
import { fetchDataset } from './load-dataset'
import { indexDataset, type DatasetIndex } from './dataset-index'

const DatasetContext = createContext<DatasetIndex | null>(null)

type LoadState = { status: 'loading' } | { status: 'error'; detail: string } | { status: 'ready'; index: DatasetIndex }

export interface DatasetProviderProps {
  children: ReactNode
  /** Injected in tests; the app fetches `./data/dataset.json`. */
  load?: (signal: AbortSignal) => Promise<Dataset>
}

const defaultLoad = (signal: AbortSignal) => fetchDataset(undefined, signal)

/** Loads the dataset once, shows a loading state or a translated error, then renders the app. */
export function DatasetProvider({ children, load = defaultLoad }: DatasetProviderProps) {
  const { t } = useT()
  const [state, setState] = useState<LoadState>({ status: 'loading' })

  useEffect(
    function loadDataset() {
      const controller = new AbortController()
      load(controller.signal).then(
        (dataset) => setState({ status: 'ready', index: indexDataset(dataset) }),
        (error: unknown) => {
          if (controller.signal.aborted) return
          setState({ status: 'error', detail: error instanceof Error ? error.message : String(error) })
        },
      )
      return function abortLoad() {
        controller.abort()
      }
    },
    [load],
  )

  if (state.status === 'loading')
    return (
      <p className="app-status" role="status">
        {t('app.loading')}
      </p>
    )
  if (state.status === 'error')
    return (
      <div className="app-status" role="alert">
        <p>{t('app.loadError', { detail: state.detail })}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    )
  return <DatasetContext value={state.index}>{children}</DatasetContext>
}

export function useDataset(): DatasetIndex {
  const index = use(DatasetContext)
  if (index === null) throw new Error('useDataset() must be used inside <DatasetProvider>')
  return index
}

/** For tests and stories: provides an already loaded dataset. */
export function StaticDatasetProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  const [index] = useState(() => indexDataset(dataset))
  return <DatasetContext value={index}>{children}</DatasetContext>
}
