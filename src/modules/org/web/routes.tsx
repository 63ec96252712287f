import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { UnitsPage } from './units/units-page';
import { UnitPage } from './units/unit-page';

function UnitRoute() {
  const { unitId } = useParams({ strict: false }) as { unitId: string };
  // The key remounts the page when one unit links to another, so no state leaks between them.
  return <UnitPage key={unitId} unitId={unitId} />;
}

/** People, units and teams. */
export function orgAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({ getParentRoute: () => app, path: '/units', component: UnitsPage }),
    createRoute({ getParentRoute: () => app, path: '/units/$unitId', component: UnitRoute }),
  ];
}
