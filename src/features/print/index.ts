export { Handout, type HandoutProps } from './Handout'
export { EAGER_PRINT_EVENTS, PrintOnDemand } from './PrintOnDemand'
