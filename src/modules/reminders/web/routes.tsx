import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { RemindersPage } from './reminders-page';

/** The person's reminder settings. */
export function remindersAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/reminders', component: RemindersPage })];
}
