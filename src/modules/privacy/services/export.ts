import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { writeAudit } from '../../../server/audit/write.js';
import { notFound } from '../../../server/http/errors.js';
import { toInstant } from '../../../shared/answers.js';
import { organisations, people } from '../../org/schema.js';
import { privacySources } from '../../../server/privacy/sources.js';
import type { ExportAnswer } from '../answers.js';

/**
 * Everything MUP holds about the signed-in person (GDPR art. 15): their profile and, per module,
 * what that module holds about them, with their own private notes opened and nobody else's. The
 * export itself is audited on the person's own record.
 */
export async function exportMyData({ ctx }: { ctx: SignedInContext }): Promise<ExportAnswer> {
  const { db, actor, config } = ctx;
  const [row] = await db
    .select({ person: people, org: organisations })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.orgId))
    .where(and(eq(people.orgId, actor.orgId), eq(people.id, actor.personId)));
  if (!row) throw notFound();
  const scope = { db, config, orgId: actor.orgId, personId: actor.personId };
  const sections = [];
  for (const source of privacySources())
    sections.push({ key: source.key, items: await source.export(scope) });
  await writeAudit(
    db,
    { actor, orgId: actor.orgId },
    {
      action: 'privacy.exported',
      entityType: 'person',
      entityId: actor.personId,
      subjectPersonId: actor.personId,
    },
  );
  const { person } = row;
  return {
    generatedAt: ctx.now().toISOString(),
    person: {
      id: person.id,
      name: person.name,
      email: person.email,
      employeeNumber: person.employeeNumber,
      jobTitle: person.jobTitle,
      active: person.active,
      createdAt: toInstant(person.createdAt),
    },
    organisation: { name: row.org.name },
    sections,
  };
}
