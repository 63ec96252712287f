import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { FramesPage } from './frames-page';

/** The frames for learning goals. */
export function framingAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/frames', component: FramesPage })];
}
