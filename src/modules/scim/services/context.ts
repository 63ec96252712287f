import type { ServiceContext } from '../../../server/http/context.js';

/** A SCIM request: no one is signed in; the token named the organisation. */
export interface ScimCall {
  ctx: ServiceContext;
  orgId: string;
}

/** Audit rows of SCIM changes have no actor; `via` says who made them. */
export const VIA_SCIM = { via: 'scim' } as const;
