export { EventList, type EventListProps } from './EventList'
export { EventEntry, type EventEntryProps } from './EventEntry'
