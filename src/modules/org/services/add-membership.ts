import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { conflict } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { memberships } from '../schema.js';
import { loadPerson, loadUnit } from '../records.js';
import { assertMayManageRole } from '../../../server/policy/admin-rights.js';
import type { MembershipInput } from '../validation.js';
import type { MembershipAnswer } from '../answers.js';

export async function addMembership({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: MembershipInput & { personId: string };
}): Promise<MembershipAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    await loadPerson(tx.db, orgId, input.personId);
    const unit = await loadUnit(tx.db, orgId, input.unitId);
    assertMayManageRole(ctx.actor, input.role);
    const [existing] = await tx.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.orgId, orgId),
          eq(memberships.personId, input.personId),
          eq(memberships.unitId, unit.id),
          eq(memberships.role, input.role),
        ),
      )
      .limit(1);
    if (existing) throw conflict('The person already has that role there', 'membership_exists');
    const [membership] = await tx.db
      .insert(memberships)
      .values({ orgId, personId: input.personId, unitId: unit.id, role: input.role })
      .returning({ id: memberships.id, unitId: memberships.unitId, role: memberships.role });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'membership.added',
        entityType: 'membership',
        entityId: membership!.id,
        subjectPersonId: input.personId,
        details: { unitId: unit.id, role: input.role },
      },
    );
    return { membership: { ...membership!, unitName: unit.name } };
  });
}
