import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { ServiceError, invalid } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { assertTeamContent } from '../../../server/policy/team-content.js';
import { dialogueGuidelineSets, dialogueGuidelines } from '../schema.js';
import type { GuidelinesInput } from '../validation.js';
import type { GuidelineList, GuidelinesAnswer } from '../answers.js';

/** A team's guidelines in order; version 0 when the team has not written any yet. */
export async function readGuidelines(
  db: Db,
  orgId: string,
  teamId: string,
  lock = false,
): Promise<GuidelineList> {
  const setQuery = db
    .select({ version: dialogueGuidelineSets.version })
    .from(dialogueGuidelineSets)
    .where(and(eq(dialogueGuidelineSets.orgId, orgId), eq(dialogueGuidelineSets.teamId, teamId)));
  const [set] = lock ? await setQuery.for('update') : await setQuery;
  const items = await db
    .select({ id: dialogueGuidelines.id, text: dialogueGuidelines.text })
    .from(dialogueGuidelines)
    .where(and(eq(dialogueGuidelines.orgId, orgId), eq(dialogueGuidelines.teamId, teamId)))
    .orderBy(asc(dialogueGuidelines.position), asc(dialogueGuidelines.id));
  return { teamId, version: set?.version ?? 0, items };
}

/** 409 stale_version with the list as it is now, so the client can show it beside the edit. */
export class StaleGuidelinesError extends ServiceError {
  constructor(readonly current: GuidelineList) {
    super('CONFLICT', 'Someone else changed the guidelines meanwhile', 'stale_version');
  }

  override toBody() {
    const body = super.toBody();
    return { ...body, error: { ...body.error, current: this.current } };
  }
}

/** A team's guidelines are team content (policy/team-content.ts): anyone else, an admin included, gets 404. */
async function loadTeamForGuidelines(ctx: SignedInContext, teamId: string) {
  const { team } = await assertTeamContent(ctx, teamId);
  return { id: team.id, name: team.name };
}

/** GET /teams/{id}/guidelines */
export async function getGuidelines({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<GuidelinesAnswer> {
  const team = await loadTeamForGuidelines(ctx, input.id);
  return { team, guidelines: await readGuidelines(ctx.db, ctx.actor.orgId, team.id), can: { edit: true } };
}

/** PUT /teams/{id}/guidelines: the team's whole ordered list, against the version read. */
export async function saveGuidelines({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: GuidelinesInput & { id: string };
}): Promise<GuidelinesAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const team = await loadTeamForGuidelines(tx, input.id);
    const current = await readGuidelines(tx.db, orgId, team.id, true);
    if (current.version !== input.version) throw new StaleGuidelinesError(current);

    const kept = new Set(current.items.map((i) => i.id));
    const given = input.items.flatMap((i) => (i.id ? [i.id] : []));
    if (new Set(given).size !== given.length) throw invalid('A guideline is listed twice');
    if (given.some((id) => !kept.has(id))) throw invalid('A guideline does not belong to this team');

    if (current.version === 0) {
      // Two first saves at once: the unique index lets one in; the other is told it is stale.
      const [created] = await tx.db
        .insert(dialogueGuidelineSets)
        .values({ orgId, teamId: team.id, updatedBy: tx.actor.personId, updatedAt: tx.now() })
        .onConflictDoNothing()
        .returning({ id: dialogueGuidelineSets.id });
      if (!created) throw new StaleGuidelinesError(await readGuidelines(tx.db, orgId, team.id));
    } else {
      await tx.db
        .update(dialogueGuidelineSets)
        .set({
          version: sql`${dialogueGuidelineSets.version} + 1`,
          updatedBy: tx.actor.personId,
          updatedAt: tx.now(),
        })
        .where(and(eq(dialogueGuidelineSets.orgId, orgId), eq(dialogueGuidelineSets.teamId, team.id)));
    }

    const givenIds = new Set(given);
    const removed = current.items.filter((i) => !givenIds.has(i.id));
    for (const r of removed) {
      await tx.db
        .delete(dialogueGuidelines)
        .where(and(eq(dialogueGuidelines.orgId, orgId), eq(dialogueGuidelines.id, r.id)));
    }
    let added = 0;
    let changed = 0;
    const before = new Map(current.items.map((i, n) => [i.id, { ...i, position: n }]));
    for (const [position, item] of input.items.entries()) {
      const old = item.id ? before.get(item.id) : undefined;
      if (!old) {
        await tx.db.insert(dialogueGuidelines).values({ orgId, teamId: team.id, position, text: item.text });
        added++;
      } else if (old.text !== item.text || old.position !== position) {
        if (old.text !== item.text) changed++;
        await tx.db
          .update(dialogueGuidelines)
          .set({ position, text: item.text })
          .where(and(eq(dialogueGuidelines.orgId, orgId), eq(dialogueGuidelines.id, old.id)));
      }
    }
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'dialogue.guidelines_updated',
        entityType: 'team',
        entityId: team.id,
        details: {
          version: current.version + 1,
          added,
          changed,
          removed: removed.length,
          count: input.items.length,
        },
      },
    );
    return { team, guidelines: await readGuidelines(tx.db, orgId, team.id), can: { edit: true } };
  });
}
