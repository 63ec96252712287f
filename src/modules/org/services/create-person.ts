import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { conflict, notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { memberships, people, units } from '../schema.js';
import { personColumns, presentPerson } from '../records.js';
import { assertMayManageRole } from '../../../server/policy/admin-rights.js';
import type { CreatePersonInput } from '../validation.js';
import type { PersonAnswer } from '../answers.js';

/** Email addresses and employee numbers identify a person at sign-in and import; each is used once. */
export async function assertContactFree(
  db: Db,
  orgId: string,
  fields: { email?: string | null; employeeNumber?: string | null },
  exceptPersonId: string | null,
) {
  const others = exceptPersonId ? ne(people.id, exceptPersonId) : undefined;
  if (fields.email) {
    const [taken] = await db
      .select({ id: people.id })
      .from(people)
      .where(
        and(eq(people.orgId, orgId), sql`lower(${people.email}) = ${fields.email.toLowerCase()}`, others),
      )
      .limit(1);
    if (taken) throw conflict('That email address is already used', 'email_taken');
  }
  if (fields.employeeNumber) {
    const [taken] = await db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.employeeNumber, fields.employeeNumber), others))
      .limit(1);
    if (taken) throw conflict('That employee number is already used', 'employee_number_taken');
  }
}

/** Fails with 404 unless every unit id belongs to the organisation. */
export async function assertUnitsExist(db: Db, orgId: string, unitIds: string[]) {
  const wanted = [...new Set(unitIds)];
  if (wanted.length === 0) return;
  const found = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.orgId, orgId), inArray(units.id, wanted)));
  if (found.length !== wanted.length) throw notFound('No such unit');
}

export async function createPerson({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreatePersonInput;
}): Promise<PersonAnswer> {
  const orgId = ctx.actor.orgId;
  const roles = dedupe(input.memberships ?? []);
  for (const m of roles) assertMayManageRole(ctx.actor, m.role);
  return inTransaction(ctx, async (tx) => {
    await assertUnitsExist(
      tx.db,
      orgId,
      roles.map((m) => m.unitId),
    );
    await assertContactFree(tx.db, orgId, input, null);
    const [person] = await tx.db
      .insert(people)
      .values({
        orgId,
        name: input.name,
        email: input.email ?? null,
        employeeNumber: input.employeeNumber ?? null,
        jobTitle: input.jobTitle ?? null,
        locale: input.locale ?? 'da',
      })
      .returning(personColumns);
    if (roles.length) {
      await tx.db
        .insert(memberships)
        .values(roles.map((m) => ({ orgId, personId: person!.id, unitId: m.unitId, role: m.role })));
    }
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'person.created',
        entityType: 'person',
        entityId: person!.id,
        subjectPersonId: person!.id,
        details: { memberships: roles },
      },
    );
    return { person: presentPerson(person!) };
  });
}

function dedupe<T extends { unitId: string; role: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const key = `${m.unitId}/${m.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
