import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const MyDataPage = lazyPage(() => import('./my-data-page'), 'MyDataPage');
const ErasurePage = lazyPage(() => import('./erasure-page'), 'ErasurePage');
const RetentionPage = lazyPage(() => import('./retention-page'), 'RetentionPage');

/** My data (everyone), erasure and retention (organisation admins). */
export function privacyAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/my-data', component: MyDataPage }),
    createRoute({ getParentRoute: () => app, path: '/privacy/erasure', component: ErasurePage }),
    createRoute({ getParentRoute: () => app, path: '/privacy/retention', component: RetentionPage }),
  ];
}
