import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { invalid, notFound } from '../../../server/http/errors.js';
import { writeAudit } from '../../../server/audit/write.js';
import { inTransaction } from '../../../server/db/tx.js';
import { oidcProviders } from '../schema.js';
import { requireOrgAdmin } from '../../../server/policy/admin-rights.js';
import { forgetProviderConfiguration } from '../discovery.js';
import type { OidcSettingsInput } from '../validation.js';
import { callbackUrl } from './start-sign-in.js';
import type { OidcSettings } from '../answers.js';

type Row = typeof oidcProviders.$inferSelect;

const present = (ctx: ServiceContext, row: Row | undefined): OidcSettings => ({
  provider: row
    ? {
        enabled: row.enabled,
        displayName: row.displayName,
        issuer: row.issuer,
        clientId: row.clientId,
        hasClientSecret: Boolean(row.clientSecret),
        matchBy: row.matchBy,
        employeeNumberClaim: row.employeeNumberClaim,
        updatedAt: row.updatedAt.toISOString(),
      }
    : null,
  publicUrl: ctx.config.publicUrl,
  redirectUri: callbackUrl(ctx.config.publicUrl),
});

export async function getOidcSettings({ ctx }: { ctx: ServiceContext }): Promise<OidcSettings> {
  requireOrgAdmin(ctx);
  const [row] = await ctx.db.select().from(oidcProviders).where(eq(oidcProviders.orgId, ctx.actor.orgId));
  return present(ctx, row);
}

export async function saveOidcSettings({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: OidcSettingsInput;
}): Promise<OidcSettings> {
  requireOrgAdmin(ctx);
  if (ctx.config.env === 'production' && !input.issuer.startsWith('https://')) {
    throw invalid('The issuer must be an https address', undefined, [
      { path: 'issuer', message: 'https://…' },
    ]);
  }
  const { actor } = ctx;
  const saved = await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(oidcProviders)
      .where(eq(oidcProviders.orgId, actor.orgId))
      .for('update');
    const values = {
      enabled: input.enabled,
      displayName: input.displayName,
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecret: input.clientSecret === undefined ? (before?.clientSecret ?? null) : input.clientSecret,
      matchBy: input.matchBy,
      employeeNumberClaim: input.employeeNumberClaim,
      updatedAt: ctx.now(),
    };
    const [row] = await tx.db
      .insert(oidcProviders)
      .values({ orgId: actor.orgId, ...values })
      .onConflictDoUpdate({ target: oidcProviders.orgId, set: values })
      .returning();
    const fields: string[] = (
      ['enabled', 'displayName', 'issuer', 'clientId', 'matchBy', 'employeeNumberClaim'] as const
    ).filter((f) => !before || before[f] !== values[f]);
    if ((before?.clientSecret ?? null) !== values.clientSecret) fields.push('clientSecret');
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: before ? 'oidc.update' : 'oidc.create',
        entityType: 'oidc_provider',
        entityId: actor.orgId,
        // Field names only: the secret's value never reaches the audit log.
        details: { fields },
      },
    );
    return row;
  });
  forgetProviderConfiguration(actor.orgId);
  return present(ctx, saved);
}

export async function removeOidcSettings({ ctx }: { ctx: ServiceContext }): Promise<void> {
  requireOrgAdmin(ctx);
  const { actor } = ctx;
  await inTransaction(ctx, async (tx) => {
    const removed = await tx.db
      .delete(oidcProviders)
      .where(eq(oidcProviders.orgId, actor.orgId))
      .returning({ orgId: oidcProviders.orgId });
    if (removed.length === 0) throw notFound('Single sign-on is not set up');
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: 'oidc.remove',
        entityType: 'oidc_provider',
        entityId: actor.orgId,
      },
    );
  });
  forgetProviderConfiguration(actor.orgId);
}
