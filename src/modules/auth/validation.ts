import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { LOCALES } from '../../shared/roles.js';

export const emailField = z.string().trim().toLowerCase().max(LIMITS.email).pipe(z.email());
export const passwordField = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax);

export const signInInput = z.object({
  email: emailField,
  password: z.string().min(1).max(LIMITS.passwordMax),
  /** The organisation's slug; only needed when one email address exists in several. */
  organisation: z.string().max(LIMITS.slug).optional(),
  /** Remember me on this device: a long session on one's own phone (ADR 0020). */
  remember: z.boolean().optional(),
});
export type SignInInput = z.infer<typeof signInInput>;

export const requestResetInput = z.object({
  email: emailField,
  organisation: z.string().max(LIMITS.slug).optional(),
});
export type RequestResetInput = z.infer<typeof requestResetInput>;

/** The token of a mailed invitation or reset link. */
export const linkToken = z.string().min(10).max(200);

export const setPasswordInput = z.object({
  token: linkToken,
  password: passwordField,
});
export type SetPasswordInput = z.infer<typeof setPasswordInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(LIMITS.passwordMax),
  newPassword: passwordField,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const inviteInput = z.object({ personId: z.uuid() });
export type InviteInput = z.infer<typeof inviteInput>;

export const updateMeInput = z.object({ locale: z.enum(LOCALES) });
export type UpdateMeInput = z.infer<typeof updateMeInput>;
