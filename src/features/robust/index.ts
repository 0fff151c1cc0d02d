export { ErrorBoundary, type ErrorBoundaryProps } from './ErrorBoundary'
export { readStorage, writeStorage, type ReadOptions, type Validate } from './storage'
