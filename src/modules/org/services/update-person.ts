import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { people } from '../schema.js';
import { loadPerson, personColumns, presentPerson, staleOrMissing } from '../records.js';
import { assertMayEditPerson, holdsOrgAdmin } from '../../../server/policy/admin-rights.js';
import { assertNotLastOrgAdmin } from '../last-admin.js';
import type { UpdatePersonInput } from '../validation.js';
import { assertContactFree } from './create-person.js';
import type { PersonAnswer } from '../answers.js';

/**
 * Changes a person's details. Deactivating ends their sessions at once: the session statement
 * (auth/session.ts) answers nothing for a session begun before the person's `deactivated_at`.
 */
export async function updatePerson({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdatePersonInput & { id: string };
}): Promise<PersonAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, ...changes } = input;
  const fields = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return inTransaction(ctx, async (tx) => {
    const current = await loadPerson(tx.db, orgId, id);
    await assertMayEditPerson(tx.db, ctx.actor, id);
    const deactivating = changes.active === false && current.active;
    if (deactivating && (await holdsOrgAdmin(tx.db, orgId, id)))
      await assertNotLastOrgAdmin(tx.db, orgId, id);
    await assertContactFree(tx.db, orgId, changes, id);
    const [person] = await tx.db
      .update(people)
      .set({
        ...changes,
        ...(deactivating ? { deactivatedAt: ctx.now() } : {}),
        version: sql`${people.version} + 1`,
        updatedAt: ctx.now(),
      })
      .where(and(eq(people.orgId, orgId), eq(people.id, id), eq(people.version, version)))
      .returning(personColumns);
    if (!person) return staleOrMissing(() => loadPerson(tx.db, orgId, id));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: deactivating
          ? 'person.deactivated'
          : changes.active && !current.active
            ? 'person.reactivated'
            : 'person.updated',
        entityType: 'person',
        entityId: id,
        subjectPersonId: id,
        details: { fields },
      },
    );
    return { person: presentPerson(person) };
  });
}
