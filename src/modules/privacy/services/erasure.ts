import type { SignedInContext } from '../../../server/http/context.js';
import type { Db } from '../../../server/db/client.js';
import { forbidden, invalid } from '../../../server/http/errors.js';
import { isOrgAdmin } from '../../../server/policy/actor.js';
import type { ErasureAnswer } from '../answers.js';
import { erasePersonIn } from './erase.js';

class PreviewRollback extends Error {
  constructor(readonly answer: ErasureAnswer) {
    super('preview');
  }
}

/**
 * An organisation admin answering an erasure request: `apply` false shows what would be removed
 * and what is kept (the erasure run and rolled back), `apply` true erases. Only organisation
 * admins; never oneself; a person of another organisation is not found.
 */
export async function eraseOnRequest({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; apply: boolean };
}): Promise<ErasureAnswer> {
  const { actor } = ctx;
  if (!isOrgAdmin(actor)) throw forbidden('Only organisation administrators answer erasure requests');
  if (input.id === actor.personId)
    throw invalid('You cannot erase your own data; another administrator must', 'erase_self');
  const target = { orgId: actor.orgId, personId: input.id, actor, reason: 'request' as const };
  try {
    return await ctx.db.transaction(async (transaction) => {
      const answer = await erasePersonIn(transaction as unknown as Db, ctx.config, target, ctx.now());
      if (!input.apply) throw new PreviewRollback(answer);
      return answer;
    });
  } catch (err) {
    if (err instanceof PreviewRollback) return { ...err.answer, applied: false };
    throw err;
  }
}
