import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { LibraryPage } from './library-page';
import { BuiltInPackagePage, OwnPackagePage } from './package-page';

/** The library: search and lists, an own package, a built-in package. */
export function libraryAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/library', component: LibraryPage }),
    createRoute({ getParentRoute: () => app, path: '/library/p/$id', component: OwnPackagePage }),
    createRoute({ getParentRoute: () => app, path: '/library/b/$key', component: BuiltInPackagePage }),
  ];
}
