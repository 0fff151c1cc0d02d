export { useDismiss } from './use-dismiss'
export { useKeydown, type KeydownOptions, type KeyLayer } from './use-keydown'
