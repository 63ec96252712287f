import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const QualityPage = lazyPage(() => import('./quality-page'), 'QualityPage');
const QualityTeamPage = lazyPage(() => import('./team-page'), 'QualityTeamPage');
const TrialPage = lazyPage(() => import('./trial-page'), 'TrialPage');
const MeasurePage = lazyPage(() => import('./measure-page'), 'MeasurePage');
const DataWorkPage = lazyPage(() => import('./data-work-page'), 'DataWorkPage');

/** Quality development: the teams, a team's work, a trial, a measure with its run chart, a data work. */
export function qualityAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/quality', component: QualityPage }),
    createRoute({ getParentRoute: () => app, path: '/quality/teams/$teamId', component: QualityTeamPage }),
    createRoute({ getParentRoute: () => app, path: '/quality/trials/$trialId', component: TrialPage }),
    createRoute({ getParentRoute: () => app, path: '/quality/measures/$measureId', component: MeasurePage }),
    createRoute({
      getParentRoute: () => app,
      path: '/quality/data-work/$dataWorkId',
      component: DataWorkPage,
    }),
  ];
}
