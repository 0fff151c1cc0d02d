export { Handout } from './Handout'
