import * as client from 'openid-client';
import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { organisations } from '../../org/schema.js';
import { oidcProviders } from '../schema.js';
import { providerConfiguration } from '../discovery.js';
import { STATE_TTL_SECONDS, type SignInState } from '../state-cookie.js';
import { safeNextPath } from '../validation.js';
import { ssoError } from './sso-error.js';

export const OIDC_SCOPES = 'openid email profile';
export const callbackUrl = (publicUrl: string) => `${publicUrl}/api/auth/oidc/callback`;

/**
 * Begins the authorization code flow with PKCE (S256), state and nonce for the organisation's
 * provider. The caller keeps the returned state in a signed cookie for the callback.
 */
export async function startSignIn({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { slug: string; next?: string | undefined };
}): Promise<{ authorizationUrl: URL; state: SignInState }> {
  const [row] = await ctx.db
    .select({ orgId: organisations.id, slug: organisations.slug, provider: oidcProviders })
    .from(organisations)
    .leftJoin(oidcProviders, eq(oidcProviders.orgId, organisations.id))
    .where(eq(organisations.slug, input.slug))
    .limit(1);
  if (!row?.provider || !row.provider.enabled)
    throw ssoError('sso_not_configured', 'Single sign-on is not set up');

  const configuration = await providerConfiguration(ctx.config, row.provider);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state: SignInState = {
    orgId: row.orgId,
    slug: row.slug,
    codeVerifier,
    state: client.randomState(),
    nonce: client.randomNonce(),
    next: safeNextPath(input.next),
    expiresAt: ctx.now().getTime() + STATE_TTL_SECONDS * 1000,
  };
  const authorizationUrl = client.buildAuthorizationUrl(configuration, {
    redirect_uri: callbackUrl(ctx.config.publicUrl),
    scope: OIDC_SCOPES,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state: state.state,
    nonce: state.nonce,
  });
  return { authorizationUrl, state };
}
