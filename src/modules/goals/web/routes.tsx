import { createRoute, useParams, useSearch, type AnyRoute } from '@tanstack/react-router';
import { lazyPage, preloading } from '../../../web/lib/lazy-page';
const GoalsPage = lazyPage(() => import('./goals-page'), 'GoalsPage');
const GoalPage = lazyPage(() => import('./goal-page'), 'GoalPage');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function GoalsRoute() {
  const { personId } = useSearch({ strict: false }) as { personId?: string };
  return <GoalsPage key={personId ?? 'me'} personId={personId} />;
}

function GoalRoute() {
  const { goalId } = useParams({ strict: false }) as { goalId: string };
  return <GoalPage key={goalId} goalId={goalId} />;
}

/** Learning goals: one's own (`/goals`), a led person's (`/goals?personId=`), and one goal. */
export function goalsAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/goals',
      validateSearch: (search: Record<string, unknown>) => ({
        personId:
          typeof search.personId === 'string' && UUID.test(search.personId) ? search.personId : undefined,
      }),
      component: preloading(GoalsRoute, GoalsPage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/goals/$goalId',
      component: preloading(GoalRoute, GoalPage),
    }),
  ];
}
