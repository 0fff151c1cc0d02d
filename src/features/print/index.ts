export { Handout } from './Handout'
export { PrintOnDemand } from './PrintOnDemand'
