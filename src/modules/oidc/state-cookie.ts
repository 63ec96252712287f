import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Config } from '../../server/config.js';

/** Holds what the callback must check; it lives only for the round trip to the identity provider. */
export const STATE_COOKIE = 'mup_oidc';
const COOKIE_PATH = '/api/auth/oidc';
export const STATE_TTL_SECONDS = 10 * 60;

const stateSchema = z.object({
  orgId: z.string(),
  slug: z.string(),
  codeVerifier: z.string(),
  state: z.string(),
  nonce: z.string(),
  next: z.string(),
  /** Epoch milliseconds; checked here too, as the browser's Max-Age is only advice. */
  expiresAt: z.number(),
});
export type SignInState = z.infer<typeof stateSchema>;

export async function setStateCookie(c: Context, config: Config, state: SignInState) {
  await setSignedCookie(
    c,
    STATE_COOKIE,
    Buffer.from(JSON.stringify(state)).toString('base64url'),
    config.sessionSecret,
    {
      path: COOKIE_PATH,
      httpOnly: true,
      // Lax, so the cookie comes along on the provider's top-level redirect back to us.
      sameSite: 'Lax',
      secure: config.secureCookies,
      maxAge: STATE_TTL_SECONDS,
    },
  );
}

/** The state when the cookie is present, signed by us and not expired; otherwise null. */
export async function readStateCookie(c: Context, config: Config, now: Date): Promise<SignInState | null> {
  const raw = await getSignedCookie(c, config.sessionSecret, STATE_COOKIE);
  if (!raw) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.expiresAt < now.getTime()) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

export function clearStateCookie(c: Context, config: Config) {
  deleteCookie(c, STATE_COOKIE, { path: COOKIE_PATH, secure: config.secureCookies });
}
