import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const FramesPage = lazyPage(() => import('./frames-page'), 'FramesPage');

/** The frames for learning goals. */
export function framingAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/frames', component: FramesPage })];
}
