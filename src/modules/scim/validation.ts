import { z } from 'zod';
import { GROUP_ROLES, TOKEN_DAYS } from './constants.js';

/** What a SCIM group gives its members in MUP, as the org admin maps it. */
export const groupTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), unitId: z.uuid(), role: z.enum(GROUP_ROLES) }),
  z.object({ kind: z.literal('team'), teamId: z.uuid() }),
]);
export type GroupTargetInput = z.infer<typeof groupTarget>;

export const mapGroupInput = z.object({ target: groupTarget.nullable() });
export type MapGroupInput = z.infer<typeof mapGroupInput>;

export const createTokenInput = z.object({
  validDays: z.number().int().min(TOKEN_DAYS.min).max(TOKEN_DAYS.max).default(TOKEN_DAYS.default),
});
export type CreateTokenInput = z.infer<typeof createTokenInput>;
