import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const LicencesPage = lazyPage(() => import('./licences-page'), 'LicencesPage');
const DefinitionPage = lazyPage(() => import('./definition-page'), 'DefinitionPage');
const ReviewPage = lazyPage(() => import('./review-page'), 'ReviewPage');
const BoardPage = lazyPage(() => import('./board-page'), 'BoardPage');

/** Driving licences: mine and the workplace's, one licence, a practice review, a department's board. */
export function licencesAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/licences', component: LicencesPage }),
    createRoute({ getParentRoute: () => app, path: '/licences/$definitionId', component: DefinitionPage }),
    createRoute({ getParentRoute: () => app, path: '/licences/reviews/$reviewId', component: ReviewPage }),
    createRoute({ getParentRoute: () => app, path: '/licences/boards/$unitId', component: BoardPage }),
  ];
}
