import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const LibraryPage = lazyPage(() => import('./library-page'), 'LibraryPage');
const BuiltInPackagePage = lazyPage(() => import('./package-page'), 'BuiltInPackagePage');
const OwnPackagePage = lazyPage(() => import('./package-page'), 'OwnPackagePage');

/** The library: search and lists, an own package, a built-in package. */
export function libraryAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/library', component: LibraryPage }),
    createRoute({ getParentRoute: () => app, path: '/library/p/$id', component: OwnPackagePage }),
    createRoute({ getParentRoute: () => app, path: '/library/b/$key', component: BuiltInPackagePage }),
  ];
}
