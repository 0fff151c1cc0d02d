/**
 * The presentation feature. The components are default exports of their own modules so the app can
 * load them on demand: `lazy(() => import('../features/present/Presentation'))` and
 * `lazy(() => import('../features/present/PresenterView'))`. Only the route, which loads them, is exported here.
 */
export { PresentationRoute } from './PresentationRoute'
