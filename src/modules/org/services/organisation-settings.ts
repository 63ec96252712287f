import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { writeAudit } from '../../../server/audit/write.js';
import { inTransaction } from '../../../server/db/tx.js';
import { organisations } from '../schema.js';
import { requireOrgAdmin } from '../../../server/policy/admin-rights.js';
import type { OrganisationInput } from '../validation.js';
import type { OrganisationSettings } from '../answers.js';

const columns = {
  id: organisations.id,
  slug: organisations.slug,
  name: organisations.name,
  accessibilityUrl: organisations.accessibilityUrl,
};

export async function getOrganisation({ ctx }: { ctx: ServiceContext }): Promise<OrganisationSettings> {
  requireOrgAdmin(ctx);
  const [row] = await ctx.db.select(columns).from(organisations).where(eq(organisations.id, ctx.actor.orgId));
  if (!row) throw notFound();
  return row;
}

export async function updateOrganisation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: OrganisationInput;
}): Promise<OrganisationSettings> {
  requireOrgAdmin(ctx);
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select(columns).from(organisations).where(eq(organisations.id, actor.orgId));
    if (!before) throw notFound();
    const [row] = await tx.db
      .update(organisations)
      .set({ name: input.name, accessibilityUrl: input.accessibilityUrl })
      .where(eq(organisations.id, actor.orgId))
      .returning(columns);
    const fields = (['name', 'accessibilityUrl'] as const).filter((f) => before[f] !== input[f]);
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: actor.orgId,
        details: { fields },
      },
    );
    return row!;
  });
}
