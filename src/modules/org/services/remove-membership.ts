import { and, eq, ne } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { memberships } from '../schema.js';
import type { OkAnswer } from '../../../shared/answers.js';
import { assertMayManageRole } from '../../../server/policy/admin-rights.js';
import { assertNotLastOrgAdmin } from '../last-admin.js';

export async function removeMembership({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { personId: string; membershipId: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const [membership] = await tx.db
      .select({ id: memberships.id, unitId: memberships.unitId, role: memberships.role })
      .from(memberships)
      .where(
        and(
          eq(memberships.orgId, orgId),
          eq(memberships.personId, input.personId),
          eq(memberships.id, input.membershipId),
        ),
      )
      .limit(1);
    if (!membership) throw notFound('No such membership');
    assertMayManageRole(ctx.actor, membership.role);
    if (membership.role === 'org_admin') {
      const [another] = await tx.db
        .select({ id: memberships.id })
        .from(memberships)
        .where(
          and(
            eq(memberships.orgId, orgId),
            eq(memberships.personId, input.personId),
            eq(memberships.role, 'org_admin'),
            ne(memberships.id, membership.id),
          ),
        )
        .limit(1);
      if (!another) await assertNotLastOrgAdmin(tx.db, orgId, input.personId);
    }
    await tx.db
      .delete(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.id, membership.id)));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'membership.removed',
        entityType: 'membership',
        entityId: membership.id,
        subjectPersonId: input.personId,
        details: { unitId: membership.unitId, role: membership.role },
      },
    );
    return { ok: true as const };
  });
}
