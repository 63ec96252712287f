import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { localDay } from '../../../shared/time.js';
import { failingTests } from '../records.js';
import { initiativePageStatement, presentLists } from '../page-statement.js';
import type { InitiativeAnswer } from '../answers.js';

/**
 * GET /initiatives/{id}: the plan for everyone with a relation to it; participants' levels only
 * as initiativeAccess allows. Reading other people's levels reaches their access log. One prepared
 * statement reads it and writes the audit rows (page-statement.ts); the writes answer with the
 * same shape from initiativeDetail (records.ts), and a test holds the two to the same answer.
 */
export async function getInitiative({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<InitiativeAnswer> {
  const { db, actor } = ctx;
  const [row] = await initiativePageStatement(db, [
    actor.orgId,
    input.id,
    actor.personId,
    localDay(ctx.now()),
  ]);
  if (!row) throw notFound('No such initiative');
  const { data, ...rest } = row;
  return {
    initiative: {
      // The lists keep their places among the keys: a key spread again keeps its first position.
      ...rest,
      ...presentLists(row),
      fields: Object.fromEntries(Object.entries(data.phases).map(([k, v]) => [k, v.fields])),
      failingTests: failingTests(data),
      can: { edit: row.relation === 'owner' },
    },
  };
}
