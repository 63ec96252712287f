import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { fetchMe, meQueryKey } from './lib/session';
import { lazyPage } from './lib/lazy-page';
import { HomePage, overviewAppRoutes } from '../modules/overview/web/index';
import { NotFoundPage } from './pages/not-found';
import { ErrorPage } from './pages/error';
import { authAppRoutes, authPublicRoutes } from '../modules/auth/web/index';
import { mailAppRoutes } from '../modules/mail/web/index';
import { coverageAppRoutes } from '../modules/coverage/web/index';
import { privacyAppRoutes } from '../modules/privacy/web/index';
import { orgAppRoutes } from '../modules/org/web/index';
import { importAppRoutes } from '../modules/import/web/index';
import { framingAppRoutes } from '../modules/framing/web/index';
import { goalsAppRoutes } from '../modules/goals/web/index';
import { inquiryAppRoutes } from '../modules/inquiry/web/index';
import { conversationsAppRoutes } from '../modules/conversations/web/index';
import { teamsDevAppRoutes } from '../modules/teams-dev/web/index';
import { feedbackAppRoutes } from '../modules/feedback/web/index';
import { remindersAppRoutes } from '../modules/reminders/web/index';
import { dialogueAppRoutes, dialogueRootRoutes } from '../modules/dialogue/web/index';
import { leversAppRoutes } from '../modules/levers/web/index';
import { progressionAppRoutes } from '../modules/progression/web/index';
import { learningTalksAppRoutes } from '../modules/learning-talks/web/index';
import { learningCultureAppRoutes } from '../modules/learning-culture/web/index';
import { licencesAppRoutes } from '../modules/licences/web/index';
import { forumsAppRoutes, forumsRootRoutes } from '../modules/forums/web/index';
import { yearWheelAppRoutes } from '../modules/year-wheel/web/index';
import { qualityAppRoutes } from '../modules/quality/web/index';
import { libraryAppRoutes } from '../modules/library/web/index';
import { surveysAppRoutes } from '../modules/surveys/web/index';
import { competenceAppRoutes } from '../modules/competence/web/index';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => <Outlet />,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

/** Everything behind sign-in hangs under this layout route. */
// The layout (menu, header) in a chunk of its own: the sign-in page does not need it.
const AppLayout = lazyPage(() => import('./layout/app-layout'), 'AppLayout');

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
  ...forumsRootRoutes(rootRoute),
  appRoute.addChildren([
    homeRoute,
    ...authAppRoutes(appRoute),
    ...mailAppRoutes(appRoute),
    ...coverageAppRoutes(appRoute),
    ...privacyAppRoutes(appRoute),
    ...orgAppRoutes(appRoute),
    ...importAppRoutes(appRoute),
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
    ...progressionAppRoutes(appRoute),
    ...learningTalksAppRoutes(appRoute),
    ...learningCultureAppRoutes(appRoute),
    ...licencesAppRoutes(appRoute),
    ...forumsAppRoutes(appRoute),
    ...yearWheelAppRoutes(appRoute),
    ...qualityAppRoutes(appRoute),
    ...libraryAppRoutes(appRoute),
    ...surveysAppRoutes(appRoute),
    ...competenceAppRoutes(appRoute),
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
