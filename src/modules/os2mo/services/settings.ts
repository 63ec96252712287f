import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../server/audit/write.js';
import { inTransaction } from '../../../server/db/tx.js';
import type { ServiceContext } from '../../../server/http/context.js';
import { invalid, notFound } from '../../../server/http/errors.js';
import { requireOrgAdmin } from '../../../server/policy/admin-rights.js';
import type { Os2moSettings } from '../answers.js';
import { os2moConnections } from '../schema.js';
import { graphqlUrl, tokenUrlOf } from '../source/client.js';
import { sealSecret } from '../source/secret.js';
import type { Os2moSettingsInput } from '../validation.js';

type Row = typeof os2moConnections.$inferSelect;

const present = (row: Row | undefined): Os2moSettings => ({
  connection: row
    ? {
        endpoint: row.endpoint,
        tokenUrl: tokenUrlOf(row),
        tokenUrlDerived: row.tokenUrl === null,
        clientId: row.clientId,
        hasSecret: true,
        nightly: row.nightly,
        updatedAt: row.updatedAt.toISOString(),
      }
    : null,
});

export async function getOs2moSettings({ ctx }: { ctx: ServiceContext }): Promise<Os2moSettings> {
  requireOrgAdmin(ctx);
  const [row] = await ctx.db
    .select()
    .from(os2moConnections)
    .where(eq(os2moConnections.orgId, ctx.actor.orgId));
  return present(row);
}

export async function saveOs2moSettings({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: Os2moSettingsInput;
}): Promise<Os2moSettings> {
  requireOrgAdmin(ctx);
  const addresses = [input.endpoint, input.tokenUrl].filter((a): a is string => Boolean(a));
  if (ctx.config.env === 'production' && addresses.some((a) => !a.startsWith('https://'))) {
    throw invalid('OS2mo must be reached over https', undefined, [
      { path: 'endpoint', message: 'https://…' },
    ]);
  }
  const { actor } = ctx;
  const saved = await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(os2moConnections)
      .where(eq(os2moConnections.orgId, actor.orgId))
      .for('update');
    const secret = input.clientSecret ? sealSecret(ctx.config, actor.orgId, input.clientSecret) : before;
    if (!secret)
      throw invalid('Enter the client secret', undefined, [{ path: 'clientSecret', message: 'required' }]);
    const values = {
      endpoint: graphqlUrl(input.endpoint),
      tokenUrl: input.tokenUrl || null,
      clientId: input.clientId,
      secretSealed: secret.secretSealed,
      secretKeyId: secret.secretKeyId,
      updatedAt: ctx.now(),
    };
    const [row] = await tx.db
      .insert(os2moConnections)
      .values({ orgId: actor.orgId, ...values })
      .onConflictDoUpdate({ target: os2moConnections.orgId, set: values })
      .returning();
    const fields = (['endpoint', 'tokenUrl', 'clientId'] as const).filter(
      (f) => !before || before[f] !== values[f],
    );
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: before ? 'os2mo.update' : 'os2mo.create',
        entityType: 'os2mo_connection',
        entityId: actor.orgId,
        // Field names only: the secret never reaches the audit log.
        details: { fields: input.clientSecret ? [...fields, 'clientSecret'] : fields },
      },
    );
    return row;
  });
  return present(saved);
}

/** Stops the sync. What it brought in stays; the runs and their pages go. */
export async function removeOs2moSettings({ ctx }: { ctx: ServiceContext }): Promise<void> {
  requireOrgAdmin(ctx);
  const { actor } = ctx;
  await inTransaction(ctx, async (tx) => {
    const removed = await tx.db
      .delete(os2moConnections)
      .where(eq(os2moConnections.orgId, actor.orgId))
      .returning({ orgId: os2moConnections.orgId });
    if (removed.length === 0) throw notFound('OS2mo is not set up');
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      { action: 'os2mo.remove', entityType: 'os2mo_connection', entityId: actor.orgId },
    );
  });
}
