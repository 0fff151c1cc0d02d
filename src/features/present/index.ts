/**
 * The presentation feature. The components are default exports of their own modules so the app can
 * load them on demand: `lazy(() => import('../features/present/Presentation'))` and
 * `lazy(() => import('../features/present/PresenterView'))`. Only light, pure pieces are exported here.
 */
export { clampIndex, indexOfEvent, jump, nextIndex, prevIndex, slidesFor, type Slide } from './slides'
export { navigate, presentationKeyAction, type Navigation, type PresentAction } from './keys'
export { CHANNEL_NAME, isPresentMessage, openPresentChannel, type PresentChannel, type PresentMessage } from './sync'
export type { PresentationProps } from './Presentation'
export type { PresenterViewProps } from './PresenterView'
export { PresentationRoute } from './PresentationRoute'
export { PresentPicker } from './PresentPicker'
