export { fetchData, inlineResponse, mediaSrc, readInlineData } from './inline-data'
