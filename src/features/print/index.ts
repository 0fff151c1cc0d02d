export { Handout, type HandoutProps } from './Handout'
