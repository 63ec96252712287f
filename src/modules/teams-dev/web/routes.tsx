import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { TeamDevelopmentPage } from './team-development-page';

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
      component: TeamDevelopmentRoute,
    }),
  ];
}
