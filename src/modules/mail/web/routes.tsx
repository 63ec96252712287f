import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const OutboxPage = lazyPage(() => import('./outbox-page'), 'OutboxPage');

/** The outbox of the demo and development (for the organisation's admins). */
export function mailAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/outbox', component: OutboxPage })];
}
