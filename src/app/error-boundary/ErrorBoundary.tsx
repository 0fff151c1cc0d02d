/**
 * Keeps an exception inside one view from blanking the page: the view is replaced by a clear,
 * translated message with "Try again" (renders the view afresh) and "Reload the page".
 * Resets by itself when `resetKeys` change (e.g. the user picks another view or event).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'
import en from '../../../locales/en.json'
import { useT } from '../../lib/i18n'

export interface ErrorBoundaryProps {
  children: ReactNode
  /** When any of these change, a caught error is forgotten and the children render again. */
  resetKeys?: readonly unknown[]
  /** Injected in tests; reloads the page by default. */
  onReload?: () => void
  onError?: (error: unknown, info: ErrorInfo) => void
}

interface State {
  error: unknown
  keys: readonly unknown[]
}

const changed = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length !== b.length || a.some((value, i) => !Object.is(value, b[i]))

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, keys: this.props.resetKeys ?? [] }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') }
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    const keys = props.resetKeys ?? []
    if (!changed(keys, state.keys)) return null
    return { keys, error: null }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info)
  }

  private readonly retry = () => this.setState({ error: null })

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children
    return <ErrorMessage onRetry={this.retry} onReload={this.props.onReload ?? (() => window.location.reload())} />
  }
}

function ErrorMessage({ onRetry, onReload }: { onRetry: () => void; onReload: () => void }) {
  const { t: translate } = useT()
  // The English text as the default: an error message never comes out blank or as a raw key, even when a key
  // is missing at run time.
  const t = (key: `robust.${keyof typeof en.robust & string}`) =>
    translate(key, { defaultValue: en.robust[key.slice('robust.'.length) as keyof typeof en.robust] })
  return (
    <div className="error-boundary" role="alert">
      <h2 className="error-boundary__title">{t('robust.title')}</h2>
      <p>{t('robust.detail')}</p>
      <div className="error-boundary__actions">
        <button type="button" onClick={onRetry}>
          {t('robust.retry')}
        </button>
        <button type="button" onClick={onReload}>
          {t('robust.reload')}
        </button>
      </div>
    </div>
  )
}
