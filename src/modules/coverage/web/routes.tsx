import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const CoveragePage = lazyPage(() => import('./coverage-page'), 'CoveragePage');

/** MUS coverage (HR and organisation admins). */
export function coverageAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/coverage', component: CoveragePage })];
}
