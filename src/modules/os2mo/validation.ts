import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { isHttpsUrl, isLocalHttpUrl } from '../../shared/urls.js';
import { OS2MO_RUN_MODES } from './constants.js';

/** https, or http on this machine while developing (the server refuses that in production). */
const address = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.url)
  .refine((v) => isHttpsUrl(v) || isLocalHttpUrl(v));

/** The connection an organisation admin enters; leaving the secret out keeps the stored one. */
export const os2moSettingsInput = z.object({
  endpoint: address,
  /** Empty: OS2mo's own Keycloak, beside the endpoint. */
  tokenUrl: z
    .union([address, z.literal('')])
    .nullable()
    .optional(),
  clientId: z.string().trim().min(1).max(LIMITS.shortText),
  clientSecret: z.string().max(LIMITS.shortText).optional(),
});
export type Os2moSettingsInput = z.infer<typeof os2moSettingsInput>;

export const os2moStartRunInput = z.object({ mode: z.enum(OS2MO_RUN_MODES) });
export type Os2moStartRunInput = z.infer<typeof os2moStartRunInput>;
