export { DocumentList } from './DocumentList'
export { DocumentReader } from './DocumentReader'
export { quoteRuns, quotesIn } from './quote-segments'
