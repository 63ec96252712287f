import { z } from 'zod';
import { instant } from '../../shared/answers.js';
import { MATCH_BY } from './validation.js';

// The answers of /api/auth/organisations and /api/organisation/oidc: declared by the routes, returned
// by the services, read by the sign-in page and the single sign-on panel.

/** What an organisation's sign-in page shows before anyone signs in: its name and SSO button. */
export const publicOrganisationAnswer = z.object({
  name: z.string(),
  sso: z.object({ displayName: z.string(), startUrl: z.string() }).nullable(),
});
export type PublicOrganisation = z.infer<typeof publicOrganisationAnswer>;

export const oidcSettingsAnswer = z.object({
  /** null until single sign-on is set up. */
  provider: z
    .object({
      enabled: z.boolean(),
      displayName: z.string(),
      issuer: z.string(),
      clientId: z.string(),
      /** The secret itself is write-only and never leaves the server. */
      hasClientSecret: z.boolean(),
      matchBy: z.enum(MATCH_BY),
      employeeNumberClaim: z.string(),
      updatedAt: instant,
    })
    .nullable(),
  publicUrl: z.string(),
  /** The address to register with the identity provider. */
  redirectUri: z.string(),
});
export type OidcSettings = z.infer<typeof oidcSettingsAnswer>;
