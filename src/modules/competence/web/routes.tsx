import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const InitiativesPage = lazyPage(() => import('./initiatives-page'), 'InitiativesPage');
const InitiativePage = lazyPage(() => import('./initiative-page'), 'InitiativePage');
const InitiativePrintPage = lazyPage(() => import('./print-page'), 'InitiativePrintPage');
const FormatsPage = lazyPage(() => import('./formats-page'), 'FormatsPage');

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
