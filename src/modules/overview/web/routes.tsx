import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { OverviewPage } from './overview-page';
import { DevelopmentPage, MyDevelopmentPage } from './development-page';
import { YearSummaryPage } from './year-page';

/** The leader's overview, a person's development page and their printable year summary. */
export function overviewAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/overview', component: OverviewPage }),
    createRoute({ getParentRoute: () => app, path: '/development', component: MyDevelopmentPage }),
    createRoute({ getParentRoute: () => app, path: '/development/$personId', component: DevelopmentPage }),
    createRoute({
      getParentRoute: () => app,
      path: '/development/$personId/year/$year',
      component: YearSummaryPage,
    }),
  ];
}
