import { ServiceError } from '../../../server/http/errors.js';
import type { ErrorReason } from '../../../shared/errors.js';

/** Reasons a failed single sign-on sends the person back to the sign-in page with. */
export type SsoReason = Extract<
  ErrorReason,
  'sso_no_match' | 'sso_failed' | 'sso_not_configured' | 'account_inactive'
>;

export const ssoError = (reason: SsoReason, message: string) =>
  new ServiceError(reason === 'sso_not_configured' ? 'NOT_FOUND' : 'FORBIDDEN', message, reason);

const SSO_REASONS: readonly string[] = [
  'sso_no_match',
  'sso_failed',
  'sso_not_configured',
  'account_inactive',
];

/** Any other failure (the provider, the network, a token check) is reported as sso_failed. */
export function ssoReasonOf(err: unknown): SsoReason {
  if (err instanceof ServiceError && err.reason && SSO_REASONS.includes(err.reason))
    return err.reason as SsoReason;
  return 'sso_failed';
}
