export { fetchData, inlineResponse, INLINE_DATA_ID, readInlineData, type InlineData } from './inline-data'
