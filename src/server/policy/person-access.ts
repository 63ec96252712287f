import { preparedStatement } from '../db/prepared.js';
import type { SignedInContext } from '../http/context.js';
import { notFound } from '../http/errors.js';
import { writeAudit } from '../audit/write.js';
import { isAdmin, leadsAnyUnit, type Actor } from './actor.js';
import { nearestLeadersText, type PersonRef } from './nearest-leaders.js';

/*
 * Who may read a person's record (PRODUCT.md "Who may see what"). Modules with personal content
 * (goals, circles, 1:1s) call `assertCanReadDevelopmentRecord`; the person page calls
 * `assertCanReadProfile`. Both answer 404 to anyone else, so ids cannot be probed.
 */

/** How the actor stands to a person; the strongest applies (a leader who is also HR is 'leader'). */
export type PersonRelation = 'self' | 'leader' | 'admin';

/**
 * The relation given the person's nearest leaders, when the caller has already loaded them (and the
 * reader's admin right, where the caller read it from the database, as the person page does).
 */
export function relationFrom(
  actor: Actor,
  personId: string,
  leaders: readonly PersonRef[],
  admin = isAdmin(actor),
): PersonRelation | null {
  if (actor.personId === personId) return 'self';
  if (leaders.some((l) => l.id === actor.personId)) return 'leader';
  if (admin) return 'admin';
  return null;
}

const personExists = preparedStatement<{ id: string }>(
  'policy_person_exists',
  'select id from people where org_id = $1::uuid and id = $2::uuid',
);

/** The person (one row when they are in the organisation) with the ids of their nearest leaders. */
const personLeaderIds = preparedStatement<{ leader_ids: string[] }>(
  'policy_person_leader_ids',
  `select coalesce((select json_agg(l.leader_id) from (${nearestLeadersText('$1::uuid', 'array[$2::uuid]')}) l), '[]'::json) as leader_ids
  from people where org_id = $1::uuid and id = $2::uuid`,
);

/** The actor's relation to a person of their organisation, or null (no relation, or no such person). */
export async function personRelation(ctx: SignedInContext, personId: string): Promise<PersonRelation | null> {
  const { actor, db } = ctx;
  if (actor.personId === personId) return 'self';
  if (leadsAnyUnit(actor)) {
    const [row] = await personLeaderIds(db, [actor.orgId, personId]);
    if (!row) return null;
    return relationFrom(
      actor,
      personId,
      row.leader_ids.map((id) => ({ id, name: '' })),
    );
  }
  if (!isAdmin(actor)) return null;
  return (await personExists(db, [actor.orgId, personId])).length > 0 ? 'admin' : null;
}

/** The profile (contact details, memberships, leaders, teams): self, nearest leader(s), HR and admins. */
export async function assertCanReadProfile(ctx: SignedInContext, personId: string): Promise<PersonRelation> {
  const relation = await personRelation(ctx, personId);
  if (!relation) throw notFound();
  return relation;
}

/**
 * The development record (goals, circles, 1:1 notes, agreements): the person and their nearest
 * leader(s) only — not HR or admins, not the leader's own leader. Sharing an item is checked by
 * the module that owns it, on top of this.
 */
export async function assertCanReadDevelopmentRecord(
  ctx: SignedInContext,
  personId: string,
): Promise<'self' | 'leader'> {
  const relation = await personRelation(ctx, personId);
  if (relation !== 'self' && relation !== 'leader') throw notFound();
  return relation;
}

/** Audit actions ending in this suffix are shown to the subject in "who has viewed my record". */
export const READ_ACTION_SUFFIX = '.read';

/**
 * Records that the actor read someone else's personal record (reading one's own is not logged).
 * `action` must end in '.read', e.g. 'person.read', 'goal.read'.
 */
export async function auditRecordRead(
  ctx: SignedInContext,
  entry: {
    action: `${string}.read`;
    subjectPersonId: string;
    entityType: string;
    entityId: string;
    details?: Record<string, unknown>;
  },
) {
  if (entry.subjectPersonId === ctx.actor.personId) return;
  await writeAudit(ctx.db, { actor: ctx.actor, orgId: ctx.actor.orgId }, entry);
}
