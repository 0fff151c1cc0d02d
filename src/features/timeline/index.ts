export { TimelinePane } from './TimelinePane'
export { Legend } from './Legend'
export { useTopicColours } from './topic-colours'
