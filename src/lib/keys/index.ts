export { useDisclosure } from './use-disclosure'
export { useKeydown, type KeydownOptions, type KeyLayer } from './use-keydown'
