import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const ImportPage = lazyPage(() => import('./import-page'), 'ImportPage');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** CSV import of units and people; `?id=` shows one import. */
export function importAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/import',
      validateSearch: (search: Record<string, unknown>) => ({
        id: typeof search.id === 'string' && UUID.test(search.id) ? search.id : undefined,
      }),
      component: ImportPage,
    }),
  ];
}
