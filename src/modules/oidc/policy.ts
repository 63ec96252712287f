import type { ServiceContext, SignedInContext } from '../../server/http/context.js';
import { ServiceError, forbidden } from '../../server/http/errors.js';
import { isOrgAdmin } from '../../server/policy/actor.js';

/**
 * The organisation's name, links and sign-in are configured by organisation admins only; HR
 * reaches the route (it is an admin route) but not these settings.
 */
export function requireOrgAdmin(ctx: ServiceContext): asserts ctx is SignedInContext {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED', 'Sign in first');
  if (!isOrgAdmin(ctx.actor)) throw forbidden('Only organisation administrators may change these settings');
}
