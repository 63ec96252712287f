import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { forbidden, notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { auditReadsOncePerDay } from '../../../server/audit/reads.js';
import { nearestLeaders } from '../../../server/policy/nearest-leaders.js';
import { people } from '../../org/schema.js';
import { cadences } from '../schema.js';
import { DEFAULT_INTERVAL_WEEKS, proposeClear, proposeNext } from '../time.js';
import type { CadenceInput } from '../validation.js';
import { pairConversations, plannedTimes } from './queries.js';
import type { CadenceAnswer } from '../answers.js';

export interface Pair {
  leaderId: string;
  personId: string;
  /** Whether the actor is the pair's leader (who may change the cadence and schedule). */
  actorIsLeader: boolean;
}

/**
 * The leader–person pair between the actor and `otherId`: the actor leads them, or they are the
 * actor's nearest leader. Anyone else: 404.
 */
export async function pairWith(ctx: SignedInContext, otherId: string): Promise<Pair> {
  const { db, actor } = ctx;
  if (otherId === actor.personId) throw notFound('No such person');
  const leaders = await nearestLeaders(db, actor.orgId, [otherId, actor.personId]);
  if ((leaders.get(otherId) ?? []).some((l) => l.id === actor.personId)) {
    return { leaderId: actor.personId, personId: otherId, actorIsLeader: true };
  }
  if ((leaders.get(actor.personId) ?? []).some((l) => l.id === otherId)) {
    return { leaderId: otherId, personId: actor.personId, actorIsLeader: false };
  }
  throw notFound('No such person');
}

async function intervalOf(
  db: Db,
  orgId: string,
  pair: Pair,
): Promise<{ intervalWeeks: number; isDefault: boolean }> {
  const [row] = await db
    .select({ intervalWeeks: cadences.intervalWeeks })
    .from(cadences)
    .where(
      and(
        eq(cadences.orgId, orgId),
        eq(cadences.leaderId, pair.leaderId),
        eq(cadences.personId, pair.personId),
      ),
    );
  return row
    ? { intervalWeeks: row.intervalWeeks, isDefault: false }
    : { intervalWeeks: DEFAULT_INTERVAL_WEEKS, isDefault: true };
}

/** The pair's cadence, last and next 1:1, and the proposed start of the next one. */
export async function cadenceView(db: Db, orgId: string, pair: Pair, now: Date): Promise<CadenceAnswer> {
  const { intervalWeeks, isDefault } = await intervalOf(db, orgId, pair);
  const history = await pairConversations(db, orgId, pair.leaderId, pair.personId);
  const lastHeld = history.find((c) => c.status === 'held') ?? null;
  const nextPlanned =
    [...history].reverse().find((c) => c.status === 'planned' && new Date(c.startsAt) > now) ?? null;
  // The latest 1:1 of the pair, held or planned, is what the next one is counted from.
  const latest = history[0] ? new Date(history[0].startsAt) : null;
  const names = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, pair.personId)));
  // The rhythm's date, moved clear of both people's other conversations in MUP (times only).
  const busy = await plannedTimes(db, orgId, [pair.leaderId, pair.personId], now);
  const proposal = proposeClear(proposeNext(latest, intervalWeeks, now), busy);
  return {
    cadence: { leaderId: pair.leaderId, personId: pair.personId, intervalWeeks, isDefault },
    person: names[0] ?? null,
    lastHeldAt: lastHeld ? new Date(lastHeld.startsAt).toISOString() : null,
    nextPlanned: nextPlanned
      ? { id: nextPlanned.id, startsAt: new Date(nextPlanned.startsAt).toISOString() }
      : null,
    proposedStartsAt: proposal.startsAt.toISOString(),
    proposal: proposal.free ? (proposal.moved ? 'moved' : 'clear') : 'busy',
    can: { edit: pair.actorIsLeader },
  };
}

/**
 * GET /cadences/{personId}: for the leader, or for the person about their leader. The view holds
 * the person's last and next 1:1, so a leader's read is in the person's access log (once a day).
 */
export async function getCadence({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { personId: string };
}): Promise<CadenceAnswer> {
  const pair = await pairWith(ctx, input.personId);
  if (pair.actorIsLeader) {
    await auditReadsOncePerDay(ctx, {
      action: 'cadence.read',
      entityType: 'cadence',
      reads: [{ subjectPersonId: pair.personId, entityId: pair.personId }],
    });
  }
  return cadenceView(ctx.db, ctx.actor.orgId, pair, ctx.now());
}

/** PUT /cadences/{personId}: the leader sets how often they meet the person. */
export async function putCadence({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CadenceInput & { personId: string };
}): Promise<CadenceAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const pair = await pairWith(tx, input.personId);
    if (!pair.actorIsLeader) throw forbidden('The leader sets the cadence');
    await tx.db
      .insert(cadences)
      .values({ orgId, leaderId: pair.leaderId, personId: pair.personId, intervalWeeks: input.intervalWeeks })
      .onConflictDoUpdate({
        target: [cadences.orgId, cadences.leaderId, cadences.personId],
        set: { intervalWeeks: input.intervalWeeks },
      });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'cadence.updated',
        entityType: 'cadence',
        entityId: pair.personId,
        subjectPersonId: pair.personId,
        details: { intervalWeeks: input.intervalWeeks },
      },
    );
    return cadenceView(tx.db, orgId, pair, tx.now());
  });
}
