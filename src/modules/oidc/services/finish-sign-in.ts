import * as client from 'openid-client';
import { and, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { writeAudit } from '../../../server/audit/write.js';
import { inTransaction } from '../../../server/db/tx.js';
import { people } from '../../org/schema.js';
import { createSession, type NewSession } from '../../auth/index.js';
import { oidcProviders } from '../schema.js';
import { providerConfiguration } from '../discovery.js';
import type { SignInState } from '../state-cookie.js';
import { ssoError } from './sso-error.js';

type Provider = typeof oidcProviders.$inferSelect;

/**
 * Completes the authorization code flow: checks state, PKCE and the ID token's nonce (openid-client),
 * then finds the person in the organisation the flow began for. Unknown people are refused, never
 * created (ADR 0003).
 */
export async function finishSignIn({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { state: SignInState | null; currentUrl: URL };
}): Promise<{ session: NewSession; next: string }> {
  const { state } = input;
  if (!state) throw ssoError('sso_failed', 'The sign-in took too long or was not started here');
  const [provider] = await ctx.db
    .select()
    .from(oidcProviders)
    .where(eq(oidcProviders.orgId, state.orgId))
    .limit(1);
  if (!provider || !provider.enabled) throw ssoError('sso_not_configured', 'Single sign-on is not set up');

  const configuration = await providerConfiguration(ctx.config, provider);
  const tokens = await client.authorizationCodeGrant(configuration, input.currentUrl, {
    pkceCodeVerifier: state.codeVerifier,
    expectedState: state.state,
    expectedNonce: state.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw ssoError('sso_failed', 'The identity provider sent no ID token');

  const claimName = provider.matchBy === 'email' ? 'email' : provider.employeeNumberClaim;
  let claims: Record<string, unknown> = idClaims;
  // Many providers put profile claims only in the userinfo response for the code flow.
  if (claims[claimName] === undefined && configuration.serverMetadata().userinfo_endpoint) {
    const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
    claims = { ...userinfo, ...idClaims };
  }

  const person = await findPerson(ctx, provider, claims, claimName);
  const auditCtx = { actor: null, orgId: provider.orgId };
  if (!person) {
    await writeAudit(ctx.db, auditCtx, {
      action: 'auth.sso_no_match',
      entityType: 'organisation',
      entityId: provider.orgId,
      details: { matchBy: provider.matchBy },
    });
    throw ssoError('sso_no_match', 'No person in the organisation matches the identity provider’s user');
  }
  if (!person.active) {
    await writeAudit(ctx.db, auditCtx, {
      action: 'auth.sign_in_failed',
      entityType: 'person',
      entityId: person.id,
      subjectPersonId: person.id,
      details: { method: 'oidc', inactive: true },
    });
    throw ssoError('account_inactive', 'This account has been deactivated');
  }

  const now = ctx.now();
  const session = await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(people)
      .set({ lastSignInAt: now })
      .where(and(eq(people.orgId, provider.orgId), eq(people.id, person.id)));
    await writeAudit(tx.db, auditCtx, {
      action: 'auth.sign_in',
      entityType: 'person',
      entityId: person.id,
      subjectPersonId: person.id,
      details: { method: 'oidc', matchBy: provider.matchBy },
    });
    return createSession(tx.db, ctx.config, { id: person.id, orgId: provider.orgId }, 'oidc', now);
  });
  return { session, next: state.next };
}

async function findPerson(
  ctx: ServiceContext,
  provider: Provider,
  claims: Record<string, unknown>,
  claimName: string,
) {
  const value = claims[claimName];
  const select = { id: people.id, active: people.active };
  if (provider.matchBy === 'email') {
    // A provider that says the address is unverified cannot vouch for who owns it.
    if (typeof value !== 'string' || !value.includes('@') || claims.email_verified === false) return null;
    const [row] = await ctx.db
      .select(select)
      .from(people)
      .where(
        and(eq(people.orgId, provider.orgId), sql`lower(${people.email}) = ${value.trim().toLowerCase()}`),
      )
      .limit(1);
    return row ?? null;
  }
  const number = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!number) return null;
  const [row] = await ctx.db
    .select(select)
    .from(people)
    .where(and(eq(people.orgId, provider.orgId), eq(people.employeeNumber, number)))
    .limit(1);
  return row ?? null;
}
