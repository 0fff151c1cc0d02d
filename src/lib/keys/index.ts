export { isTyping } from './is-typing'
export { useKeydown, type KeydownOptions, type KeyLayer } from './use-keydown'
