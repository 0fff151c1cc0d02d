export * from './schema'
export * from './date'
export { compareEvents, type Sortable } from './order'
export * from './story'
