import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const ProgressionPage = lazyPage(() => import('./progression-page'), 'ProgressionPage');
const CoursePage = lazyPage(() => import('./course-page'), 'CoursePage');
const OverviewPage = lazyPage(() => import('./overview-page'), 'OverviewPage');

/** Progression: a unit's courses, one course, and the red/yellow/green overview of a unit. */
export function progressionAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/progression', component: ProgressionPage }),
    createRoute({ getParentRoute: () => app, path: '/progression/courses/$courseId', component: CoursePage }),
    createRoute({
      getParentRoute: () => app,
      path: '/progression/overview/$unitId',
      component: OverviewPage,
    }),
  ];
}
