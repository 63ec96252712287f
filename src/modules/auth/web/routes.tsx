import type { AnyRoute } from '@tanstack/react-router';

/** Pages anyone can open: sign-in, forgotten password, set a password from a mailed link. */
export function authPublicRoutes(_root: AnyRoute): AnyRoute[] {
  return [];
}

/** Pages for the signed-in person: settings, who has viewed my record, the outbox. */
export function authAppRoutes(_app: AnyRoute): AnyRoute[] {
  return [];
}
