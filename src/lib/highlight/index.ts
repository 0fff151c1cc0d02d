export { highlight } from './highlight'
export { Highlighted } from './Highlighted'
export { BreakableText } from './breakable'
