import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { people } from '../org/schema.js';
import { agreements } from './schema.js';
import type { Agreement } from './answers.js';

// Agreements as every view shows them (a 1:1, a team conversation, the lists, a team's page), with their
// owner's name.

const agreementColumns = {
  id: agreements.id,
  conversationId: agreements.conversationId,
  text: agreements.text,
  ownerId: agreements.ownerId,
  ownerName: people.name,
  dueDate: agreements.dueDate,
  doneAt: agreements.doneAt,
  createdAt: agreements.createdAt,
};

type AgreementRow = {
  [K in keyof typeof agreementColumns]: K extends 'ownerName'
    ? string | null
    : (typeof agreements.$inferSelect)[Exclude<K, 'ownerName'>];
};

function presentAgreement(a: AgreementRow): Agreement {
  return {
    id: a.id,
    conversationId: a.conversationId,
    text: a.text,
    owner: { id: a.ownerId, name: a.ownerName ?? '' },
    dueDate: a.dueDate,
    done: a.doneAt !== null,
    doneAt: a.doneAt ? new Date(a.doneAt).toISOString() : null,
    createdAt: new Date(a.createdAt).toISOString(),
  };
}

/** Agreements filtered by `where` (always including the organisation), oldest first. */
export async function selectAgreements(
  db: Db,
  orgId: string,
  where: ReturnType<typeof and>,
): Promise<Agreement[]> {
  const rows = await db
    .select(agreementColumns)
    .from(agreements)
    .leftJoin(people, and(eq(people.orgId, agreements.orgId), eq(people.id, agreements.ownerId)))
    .where(and(eq(agreements.orgId, orgId), where))
    .orderBy(asc(agreements.createdAt), asc(agreements.id));
  return rows.map(presentAgreement);
}
