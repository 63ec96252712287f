import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const CulturePage = lazyPage(() => import('./culture-page'), 'CulturePage');

/** The learning-culture self-assessment: one's own, a team's, or one shared with the leader. */
export function learningCultureAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/learning-culture', component: CulturePage })];
}
