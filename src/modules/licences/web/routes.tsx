import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { LicencesPage } from './licences-page';
import { DefinitionPage } from './definition-page';
import { ReviewPage } from './review-page';
import { BoardPage } from './board-page';

/** Driving licences: mine and the workplace's, one licence, a practice review, a department's board. */
export function licencesAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/licences', component: LicencesPage }),
    createRoute({ getParentRoute: () => app, path: '/licences/$definitionId', component: DefinitionPage }),
    createRoute({ getParentRoute: () => app, path: '/licences/reviews/$reviewId', component: ReviewPage }),
    createRoute({ getParentRoute: () => app, path: '/licences/boards/$unitId', component: BoardPage }),
  ];
}
