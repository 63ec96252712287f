import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { isHttpsUrl, isLocalHttpUrl } from '../../shared/urls.js';

export const MATCH_BY = ['email', 'employee_number'] as const;
export type MatchBy = (typeof MATCH_BY)[number];

/**
 * The issuer must be https; http is accepted for a provider on this machine while developing
 * (the server refuses it in production).
 */
export const issuerField = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.url)
  .refine((v) => isHttpsUrl(v) || isLocalHttpUrl(v));

/** A claim name as identity providers use them: letters, digits and a few separators. */
const claimName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.:/-]+$/);

export const oidcSettingsInput = z.object({
  enabled: z.boolean(),
  displayName: z.string().trim().min(1).max(LIMITS.shortText),
  issuer: issuerField,
  clientId: z.string().trim().min(1).max(LIMITS.shortText),
  /**
   * Write-only. Left out or empty keeps the stored secret; null removes it (a public client
   * that relies on PKCE alone).
   */
  clientSecret: z
    .string()
    .max(LIMITS.shortText)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  matchBy: z.enum(MATCH_BY),
  employeeNumberClaim: claimName.default('employee_number'),
});
export type OidcSettingsInput = z.infer<typeof oidcSettingsInput>;
export type OidcSettingsForm = z.input<typeof oidcSettingsInput>;

/** Where to go after signing in: a path on this site, never another host. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || next.length > LIMITS.url) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  // Control characters could smuggle a header or confuse URL parsing.
  if ([...next].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return '/';
  return next;
}
