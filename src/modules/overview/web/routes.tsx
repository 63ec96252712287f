import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const OverviewPage = lazyPage(() => import('./overview-page'), 'OverviewPage');
const DevelopmentPage = lazyPage(() => import('./development-page'), 'DevelopmentPage');
const MyDevelopmentPage = lazyPage(() => import('./development-page'), 'MyDevelopmentPage');
const YearSummaryPage = lazyPage(() => import('./year-page'), 'YearSummaryPage');

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
