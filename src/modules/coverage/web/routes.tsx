import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { CoveragePage } from './coverage-page';

/** MUS coverage (HR and organisation admins). */
export function coverageAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/coverage', component: CoveragePage })];
}
