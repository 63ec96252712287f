import type { AnyRoute } from '@tanstack/react-router';

/** People, units and teams. */
export function orgAppRoutes(_app: AnyRoute): AnyRoute[] {
  return [];
}
