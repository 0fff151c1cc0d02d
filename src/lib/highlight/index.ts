export { highlight } from './highlight'
export { Highlighted } from './Highlighted'
