export { highlight, type Segment } from './highlight'
export { Highlighted, type HighlightedProps } from './Highlighted'
export { BreakableText, breakable } from './breakable'
