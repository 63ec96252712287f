import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';

export const MATCH_BY = ['email', 'employee_number'] as const;
export type MatchBy = (typeof MATCH_BY)[number];

/** Hosts an identity provider may be reached on over plain http, and then only outside production. */
export const LOCAL_HOSTS = ['localhost', '127.0.0.1'];

export function isLocalHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

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

const optionalUrl = z
  .string()
  .trim()
  .max(LIMITS.url)
  .refine((v) => v === '' || isHttpsUrl(v) || isLocalHttpUrl(v))
  .transform((v) => (v === '' ? null : v));

export const organisationInput = z.object({
  name: z.string().trim().min(1).max(LIMITS.name),
  /** Empty or null removes the link. */
  accessibilityUrl: optionalUrl.nullable().transform((v) => v ?? null),
});
export type OrganisationInput = z.infer<typeof organisationInput>;
export type OrganisationForm = z.input<typeof organisationInput>;

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
