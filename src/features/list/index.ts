export { EventList } from './EventList'
