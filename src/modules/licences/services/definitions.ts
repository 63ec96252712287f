import { and, asc, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { forbidden, notFound, ServiceError } from '../../../server/http/errors.js';
import { isAdmin } from '../../../server/policy/actor.js';
import { reviewedUnitsText } from '../../../server/policy/task-reviewers.js';
import { ledSubtreeText } from '../../../server/policy/unit-leadership.js';
import { peoplesUnitsText } from '../../../server/policy/unit-people.js';
import { isNearestLeaderOf } from '../../../server/policy/nearest-leaders.js';
import { units } from '../../org/schema.js';
import { licenceDefinitions } from '../schema.js';
import { boardAccess, definitionAccess } from '../access.js';
import { checkInitiativeLink, initiativeRefs } from '../initiative-link.js';
import {
  listedReviews,
  loadDefinitionFor,
  presentDefinition,
  unitPeople,
  unitRef,
  unitReviewers,
  type DefinitionRow,
} from '../records.js';
import type { CreateDefinitionInput, UpdateDefinitionInput } from '../validation.js';
import type {
  DefinitionAnswer,
  DefinitionDetailAnswer,
  DefinitionListAnswer,
  LicenceDefinition,
} from '../answers.js';

/** 409 stale_version with the stored definition, so the form can show it and save again. */
export class StaleDefinitionError extends ServiceError {
  constructor(readonly current: LicenceDefinition) {
    super('CONFLICT', 'Someone else changed the licence meanwhile', 'stale_version');
  }

  override toBody() {
    const body = super.toBody();
    return { ...body, error: { ...body.error, current: this.current } };
  }
}

/** POST /licence-definitions: a licence for a task of a unit the actor leads (or one below), or as HR. */
export async function createDefinition({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateDefinitionInput;
}): Promise<DefinitionAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const access = await definitionAccess(tx, input.unitId);
    if (!access.read && !access.edit) throw notFound('No such unit');
    if (!access.edit) throw forbidden('Only the unit’s leaders and HR define its licences');
    const { unitId, ...fields } = input;
    await checkInitiativeLink(tx.db, orgId, unitId, fields.initiativeId);
    const [created] = await tx.db
      .insert(licenceDefinitions)
      .values({ orgId, unitId, ...fields, createdBy: ctx.actor.personId })
      .returning();
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'licence_definition.created',
        entityType: 'licence_definition',
        entityId: created!.id,
        details: { unitId },
      },
    );
    const linked = await initiativeRefs(tx.db, orgId, [created!.initiativeId]);
    return { definition: presentDefinition(created!, await unitRef(tx.db, orgId, unitId), access, linked) };
  });
}

/** GET /licence-definitions: the licences of the actor's units, where they may define and whose boards they see. */
export async function listDefinitions({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { unitId?: string | undefined; initiativeId?: string | undefined };
}): Promise<DefinitionListAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const admin = isAdmin(actor);
  const related = sql`select id from (${peoplesUnitsText.bound(orgId, actor.personId)}) a
    union select unit_id from (${ledSubtreeText.bound(orgId, actor.personId)}) b
    union select unit_id from (${reviewedUnitsText.bound(orgId, actor.personId)}) c`;
  const rows = await db
    .select({ definition: licenceDefinitions, unitName: units.name })
    .from(licenceDefinitions)
    .innerJoin(units, and(eq(units.orgId, licenceDefinitions.orgId), eq(units.id, licenceDefinitions.unitId)))
    .where(
      and(
        eq(licenceDefinitions.orgId, orgId),
        input.unitId ? eq(licenceDefinitions.unitId, input.unitId) : undefined,
        input.initiativeId ? eq(licenceDefinitions.initiativeId, input.initiativeId) : undefined,
        admin ? undefined : sql`${licenceDefinitions.unitId} in (${related})`,
      ),
    )
    .orderBy(asc(units.name), asc(licenceDefinitions.task), asc(licenceDefinitions.id));
  const accessByUnit = new Map<string, Awaited<ReturnType<typeof definitionAccess>>>();
  for (const unitId of new Set(rows.map((r) => r.definition.unitId)))
    accessByUnit.set(unitId, await definitionAccess(ctx, unitId));
  const visible = rows.filter((r) => accessByUnit.get(r.definition.unitId)?.read);
  const linked = await initiativeRefs(
    db,
    orgId,
    visible.map((r) => r.definition.initiativeId),
  );
  const definable = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      and(
        eq(units.orgId, orgId),
        admin ? undefined : sql`${units.id} in (${ledSubtreeText.bound(orgId, actor.personId)})`,
      ),
    )
    .orderBy(asc(units.name), asc(units.id));
  const boards: { id: string; name: string }[] = [];
  for (const r of visible) {
    const unit = { id: r.definition.unitId, name: r.unitName };
    if (boards.some((b) => b.id === unit.id)) continue;
    if ((await boardAccess(ctx, unit.id)).read) boards.push(unit);
  }
  return {
    definitions: visible.map((r) =>
      presentDefinition(
        r.definition,
        { id: r.definition.unitId, name: r.unitName },
        accessByUnit.get(r.definition.unitId)!,
        linked,
      ),
    ),
    units: definable,
    // HR and admins configure licences but see no one's holdings: no boards by their role alone.
    boards,
  };
}

/** GET /licence-definitions/{id}: the licence, the reviews the actor may open, and for reviewers whom to review. */
export async function getDefinition({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<DefinitionDetailAnswer> {
  const orgId = ctx.actor.orgId;
  const { definition, access } = await loadDefinitionFor(ctx, input.id);
  const all = await listedReviews(ctx.db, orgId, definition.id);
  const reviews = [];
  for (const r of all) {
    const mine = r.personId === ctx.actor.personId || r.reviewerId === ctx.actor.personId;
    if (mine || (await isNearestLeaderOf(ctx.db, orgId, ctx.actor.personId, r.personId))) {
      const { personId: _p, reviewerId: _r, ...listed } = r;
      reviews.push(listed);
    }
  }
  return {
    definition: presentDefinition(
      definition,
      await unitRef(ctx.db, orgId, definition.unitId),
      access,
      await initiativeRefs(ctx.db, orgId, [definition.initiativeId]),
    ),
    reviews,
    people: access.review ? await unitPeople(ctx.db, orgId, definition.unitId) : [],
    reviewers: access.review ? await unitReviewers(ctx.db, orgId, definition.unitId) : [],
  };
}

/** PATCH /licence-definitions/{id}: against the version the client read. */
export async function updateDefinition({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateDefinitionInput & { id: string };
}): Promise<DefinitionAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, ...changes } = input;
  const fields = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return inTransaction(ctx, async (tx) => {
    const { definition, access } = await loadDefinitionFor(tx, id);
    if (!access.edit) throw forbidden('Only the unit’s leaders and HR change its licences');
    const unit = await unitRef(tx.db, orgId, definition.unitId);
    const linked = await initiativeRefs(tx.db, orgId, [
      definition.initiativeId,
      changes.initiativeId ?? null,
    ]);
    const stale = (row: DefinitionRow) =>
      new StaleDefinitionError(presentDefinition(row, unit, access, linked));
    if (definition.version !== version) throw stale(definition);
    await checkInitiativeLink(tx.db, orgId, definition.unitId, changes.initiativeId);
    const [saved] = await tx.db
      .update(licenceDefinitions)
      .set({ ...changes, version: sql`${licenceDefinitions.version} + 1`, updatedAt: tx.now() })
      .where(
        and(
          eq(licenceDefinitions.orgId, orgId),
          eq(licenceDefinitions.id, id),
          eq(licenceDefinitions.version, version),
        ),
      )
      .returning();
    if (!saved) throw stale(definition);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'licence_definition.updated',
        entityType: 'licence_definition',
        entityId: id,
        details: { fields },
      },
    );
    return { definition: presentDefinition(saved, unit, access, linked) };
  });
}
