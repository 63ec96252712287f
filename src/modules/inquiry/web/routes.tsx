import { createRoute, useParams, type AnyRoute } from '@tanstack/react-router';
import { lazyPage, preloading } from '../../../web/lib/lazy-page';
const CirclePage = lazyPage(() => import('./circle-page'), 'CirclePage');
const CirclePrintPage = lazyPage(() => import('./print-page'), 'CirclePrintPage');

// Route components read their params loosely: the routes are mounted into the app's tree from outside.

function CircleRoute() {
  const { circleId } = useParams({ strict: false }) as { circleId: string };
  // The key remounts the page when moving to the next circle, so no draft leaks between circles.
  return <CirclePage key={circleId} circleId={circleId} />;
}

function CirclePrintRoute() {
  const { circleId } = useParams({ strict: false }) as { circleId: string };
  return <CirclePrintPage key={circleId} circleId={circleId} />;
}

/** Learning circles: the circle and its printable page. */
export function inquiryAppRoutes(app: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/circles/$circleId',
      component: preloading(CircleRoute, CirclePage),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/circles/$circleId/print',
      component: preloading(CirclePrintRoute, CirclePrintPage),
    }),
  ];
}
