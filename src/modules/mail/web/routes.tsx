import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { OutboxPage } from './outbox-page';

/** The outbox of the demo and development (for the organisation's admins). */
export function mailAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/outbox', component: OutboxPage })];
}
