import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, notFound } from '../../../server/http/errors.js';
import { isLearningTalkParty, learningTalkUnitsText } from '../../../server/policy/learning-talk-parties.js';
import { units } from '../../org/schema.js';
import type { PackageAnswer, TalkAnswer, TalkListAnswer } from '../answers.js';
import { assemblePackage } from '../package/registry.js';
import { loadTalkFor, presentTalk } from '../records.js';
import { learningTalks } from '../schema.js';
import type { CreateTalkInput, UpdateTalkInput } from '../validation.js';

/** The first day the package looks back to: a year or half a year before the conversation. */
function periodStartFor(heldOn: string, cadence: 'yearly' | 'half_yearly'): string {
  const d = new Date(`${heldOn}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - (cadence === 'yearly' ? 12 : 6));
  return d.toISOString().slice(0, 10);
}

/** GET /learning-talks: the conversations of the units the actor is a party to, newest first. */
export async function listTalks({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { unitId?: string | undefined };
}): Promise<TalkListAnswer> {
  const orgId = ctx.actor.orgId;
  const mine = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      and(
        eq(units.orgId, orgId),
        sql`${units.id} in (${learningTalkUnitsText.bound(orgId, ctx.actor.personId)})`,
      ),
    )
    .orderBy(asc(units.name), asc(units.id));
  if (input.unitId && !mine.some((u) => u.id === input.unitId)) throw notFound('No such unit');
  const ids = input.unitId ? [input.unitId] : mine.map((u) => u.id);
  const rows = ids.length
    ? await ctx.db
        .select({
          id: learningTalks.id,
          unitId: learningTalks.unitId,
          cadence: learningTalks.cadence,
          heldOn: learningTalks.heldOn,
          focus: learningTalks.focus,
        })
        .from(learningTalks)
        .where(and(eq(learningTalks.orgId, orgId), inArray(learningTalks.unitId, ids)))
        .orderBy(desc(learningTalks.heldOn))
    : [];
  const names = new Map(mine.map((u) => [u.id, u]));
  return {
    talks: rows.map(({ unitId, ...r }) => ({ ...r, unit: names.get(unitId)! })),
    units: mine,
  };
}

/** POST /learning-talks: a conversation for a unit the actor is a party to. */
export async function createTalk({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateTalkInput;
}): Promise<TalkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    if (!(await isLearningTalkParty(tx, input.unitId))) throw notFound('No such unit');
    const [created] = await tx.db
      .insert(learningTalks)
      .values({
        orgId,
        unitId: input.unitId,
        cadence: input.cadence,
        heldOn: input.heldOn,
        periodStart: periodStartFor(input.heldOn, input.cadence),
        focus: input.focus ?? '',
        createdBy: ctx.actor.personId,
      })
      .returning();
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'learning_talk.created',
        entityType: 'learning_talk',
        entityId: created!.id,
        details: { unitId: input.unitId },
      },
    );
    return { talk: await presentTalk(tx, created!) };
  });
}

/** GET /learning-talks/{id} */
export async function getTalk({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<TalkAnswer> {
  return { talk: await presentTalk(ctx, await loadTalkFor(ctx, input.id)) };
}

/** PATCH /learning-talks/{id}: against the version the client read; an older one is a 409. */
export async function updateTalk({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateTalkInput & { id: string };
}): Promise<TalkAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, ...changes } = input;
  return inTransaction(ctx, async (tx) => {
    const talk = await loadTalkFor(tx, id);
    if (talk.version !== version)
      throw conflict('Someone else changed the conversation meanwhile', 'stale_version');
    const heldOn = changes.heldOn ?? talk.heldOn;
    const [saved] = await tx.db
      .update(learningTalks)
      .set({
        ...changes,
        periodStart: periodStartFor(heldOn, talk.cadence),
        version: sql`${learningTalks.version} + 1`,
        updatedAt: tx.now(),
      })
      .where(
        and(eq(learningTalks.orgId, orgId), eq(learningTalks.id, id), eq(learningTalks.version, version)),
      )
      .returning();
    if (!saved) throw conflict('Someone else changed the conversation meanwhile', 'stale_version');
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'learning_talk.updated',
        entityType: 'learning_talk',
        entityId: id,
        details: {
          fields: Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined),
        },
      },
    );
    return { talk: await presentTalk(tx, saved) };
  });
}

/** GET /learning-talks/{id}/package: the data package, assembled now from what the unit did in the period. */
export async function getPackage({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<PackageAnswer> {
  const talk = await loadTalkFor(ctx, input.id);
  const sections = await assemblePackage(ctx, {
    orgId: ctx.actor.orgId,
    unitId: talk.unitId,
    from: talk.periodStart,
    to: talk.heldOn,
  });
  return { talk: await presentTalk(ctx, talk), sections };
}
