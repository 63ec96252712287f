import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { conflict } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { teamMembers } from '../schema.js';
import { loadManagedTeam, loadPerson } from '../records.js';
import type { AddTeamMemberInput } from '../validation.js';
import type { OkAnswer } from '../../../shared/answers.js';

export async function addTeamMember({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: AddTeamMemberInput & { teamId: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const team = await loadManagedTeam(tx, input.teamId);
    const person = await loadPerson(tx.db, orgId, input.personId);
    const [existing] = await tx.db
      .select({ id: teamMembers.id })
      .from(teamMembers)
      .where(
        and(
          eq(teamMembers.orgId, orgId),
          eq(teamMembers.teamId, team.id),
          eq(teamMembers.personId, person.id),
        ),
      )
      .limit(1);
    if (existing) throw conflict('The person is already on the team', 'team_member_exists');
    await tx.db.insert(teamMembers).values({ orgId, teamId: team.id, personId: person.id });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'team.member_added',
        entityType: 'team',
        entityId: team.id,
        subjectPersonId: person.id,
        details: { personId: person.id },
      },
    );
    return { ok: true as const };
  });
}
