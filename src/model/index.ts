/**
 * What the browser app may import from the model: constants, dates, order, shape checks and the dataset's
 * types. The zod schemas (schema.ts, story.ts) are imported directly by the pipeline and the tests, so zod
 * stays out of the app's bundle.
 */
export * from './constants'
export * from './date'
export { compareEvents } from './order'
export * from './shape'
export type * from './schema'
export type * from './story'
