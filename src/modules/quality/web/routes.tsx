import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { QualityPage } from './quality-page';
import { QualityTeamPage } from './team-page';
import { TrialPage } from './trial-page';
import { MeasurePage } from './measure-page';
import { DataWorkPage } from './data-work-page';

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
