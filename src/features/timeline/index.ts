export { TimelinePane } from './TimelinePane'
export { Legend } from './Legend'
