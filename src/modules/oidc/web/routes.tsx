import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { lazyPage } from '../../../web/lib/lazy-page';
const OrganisationPage = lazyPage(() => import('./organisation-page'), 'OrganisationPage');

/** The organisation's settings: details and single sign-on (organisation admins). */
export function oidcAppRoutes(app: AnyRoute): AnyRoute[] {
  return [createRoute({ getParentRoute: () => app, path: '/organisation', component: OrganisationPage })];
}
