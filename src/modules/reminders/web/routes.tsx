import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const RemindersPage = lazyPage(() => import('./reminders-page'), 'RemindersPage');

/** The person's reminder settings. */
export function remindersAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/reminders', component: RemindersPage })];
}
