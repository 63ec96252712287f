import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { ProgressionPage } from './progression-page';
import { CoursePage } from './course-page';
import { OverviewPage } from './overview-page';

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
