import type { AnyRoute } from '@tanstack/react-router';

/** CSV import of units and people. */
export function importAppRoutes(_app: AnyRoute): AnyRoute[] {
  return [];
}
