import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { lazyPage, preloading } from '../../../web/lib/lazy-page';
const UnitsPage = lazyPage(() => import('./units-page'), 'UnitsPage');
const WheelPage = lazyPage(() => import('./wheel-page'), 'WheelPage');

function WheelRoute() {
  const { unitId } = useParams({ strict: false }) as { unitId: string };
  return <WheelPage key={unitId} unitId={unitId} />;
}

/** The data year-wheel: the units to choose from, and a unit's wheel. */
export function yearWheelAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/year-wheel', component: UnitsPage }),
    createRoute({
      getParentRoute: () => app,
      path: '/year-wheel/$unitId',
      component: preloading(WheelRoute, WheelPage),
    }),
  ];
}
