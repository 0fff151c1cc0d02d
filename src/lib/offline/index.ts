export { fetchData, inlineResponse, readInlineData } from './inline-data'
