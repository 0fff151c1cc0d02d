export { useKeydown, type KeydownOptions, type KeyLayer } from './use-keydown'
