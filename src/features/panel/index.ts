export { DetailPanel } from './DetailPanel'
export { NoEventSelected } from './NoEventSelected'
