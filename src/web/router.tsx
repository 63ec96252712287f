import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { fetchMe, meQueryKey } from './lib/session';
import { AppLayout } from './layout/app-layout';
import { HomePage } from '../modules/overview/web/home-page';
import { NotFoundPage } from './pages/not-found';
import { ErrorPage } from './pages/error';
import { authAppRoutes, authPublicRoutes } from '../modules/auth/web/routes';
import { mailAppRoutes } from '../modules/mail/web/routes';
import { orgAppRoutes } from '../modules/org/web/routes';
import { importAppRoutes } from '../modules/import/web/routes';
import { oidcAppRoutes } from '../modules/oidc/web/routes';
import { framingAppRoutes } from '../modules/framing/web/routes';
import { goalsAppRoutes } from '../modules/goals/web/routes';
import { inquiryAppRoutes } from '../modules/inquiry/web/routes';
import { conversationsAppRoutes } from '../modules/conversations/web/routes';
import { teamsDevAppRoutes } from '../modules/teams-dev/web/routes';
import { feedbackAppRoutes } from '../modules/feedback/web/routes';
import { remindersAppRoutes } from '../modules/reminders/web/routes';
import { overviewAppRoutes } from '../modules/overview/web/routes';
import { dialogueAppRoutes, dialogueRootRoutes } from '../modules/dialogue/web/routes';
import { leversAppRoutes } from '../modules/levers/web/routes';
import { forumsAppRoutes } from '../modules/forums/web/routes';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => <Outlet />,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

/** Everything behind sign-in hangs under this layout route. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData({ queryKey: meQueryKey, queryFn: fetchMe });
    if (!me) throw redirect({ to: '/login', search: { next: location.href } });
    return { me };
  },
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const routeTree = rootRoute.addChildren([
  ...authPublicRoutes(rootRoute),
  ...dialogueRootRoutes(rootRoute),
  appRoute.addChildren([
    homeRoute,
    ...authAppRoutes(appRoute),
    ...mailAppRoutes(appRoute),
    ...orgAppRoutes(appRoute),
    ...importAppRoutes(appRoute),
    ...oidcAppRoutes(appRoute),
    ...framingAppRoutes(appRoute),
    ...goalsAppRoutes(appRoute),
    ...inquiryAppRoutes(appRoute),
    ...conversationsAppRoutes(appRoute),
    ...teamsDevAppRoutes(appRoute),
    ...feedbackAppRoutes(appRoute),
    ...remindersAppRoutes(appRoute),
    ...overviewAppRoutes(appRoute),
    ...dialogueAppRoutes(appRoute),
    ...leversAppRoutes(appRoute),
    ...forumsAppRoutes(appRoute),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient: undefined! },
  defaultPreload: 'intent',
  defaultNotFoundComponent: NotFoundPage,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

export type AppRoute = typeof appRoute;
export type RootRoute = typeof rootRoute;
