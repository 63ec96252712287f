import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { lazyPage, preloading } from '../../../web/lib/lazy-page';
const TeamDevelopmentPage = lazyPage(() => import('./team-development-page'), 'TeamDevelopmentPage');

function TeamDevelopmentRoute() {
  const { teamId } = useParams({ strict: false }) as { teamId: string };
  return <TeamDevelopmentPage key={teamId} teamId={teamId} />;
}

/** A team's development page: goals, circles, team conversations and agreements. */
export function teamsDevAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/team-development/$teamId',
      component: preloading(TeamDevelopmentRoute, TeamDevelopmentPage),
    }),
  ];
}
