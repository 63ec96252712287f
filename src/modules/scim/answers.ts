import { z } from 'zod';
import { id, instant, ref } from '../../shared/answers.js';
import { groupTarget } from './validation.js';

// The answers of /api/organisation/scim: declared by the routes, returned by the services, read by
// the provisioning panel of the organisation settings page.

export const scimSettingsAnswer = z.object({
  /** The address to give the provisioning client (Entra's "Tenant URL"). */
  baseUrl: z.string(),
  /** null until a token is made; the token itself is shown once, when it is made. */
  token: z
    .object({ createdAt: instant, expiresAt: instant, lastUsedAt: instant.nullable(), expired: z.boolean() })
    .nullable(),
  provisioned: z.object({ users: z.number().int(), inactive: z.number().int() }),
  groups: z.array(
    z.object({
      id,
      displayName: z.string(),
      externalId: z.string().nullable(),
      members: z.number().int(),
      target: groupTarget.nullable(),
    }),
  ),
  /** What a group can be mapped to. */
  units: z.array(ref),
  teams: z.array(ref),
});
export type ScimSettings = z.infer<typeof scimSettingsAnswer>;

export const scimTokenAnswer = z.object({ token: z.string(), expiresAt: instant });
export type ScimToken = z.infer<typeof scimTokenAnswer>;
