import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { InitiativesPage } from './initiatives-page';
import { InitiativePage } from './initiative-page';
import { InitiativePrintPage } from './print-page';
import { FormatsPage } from './formats-page';

/** Competence initiatives: the list, one initiative, its print, the learning formats. */
export function competenceAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/initiatives', component: InitiativesPage }),
    createRoute({ getParentRoute: () => app, path: '/initiatives/$initiativeId', component: InitiativePage }),
    createRoute({
      getParentRoute: () => app,
      path: '/initiatives/$initiativeId/print',
      component: InitiativePrintPage,
    }),
    createRoute({ getParentRoute: () => app, path: '/learning-formats', component: FormatsPage }),
  ];
}
