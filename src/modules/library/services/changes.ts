import type { SignedInContext } from '../../../server/http/context.js';
import { invalid } from '../../../server/http/errors.js';
import { changeBetween, loadPackage } from '../records.js';
import type { Change } from '../answers.js';

/** GET /library/packages/{id}/changes?from&to: what changed between two versions of an own package. */
export async function packageChanges({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; from: number; to: number };
}): Promise<{ change: Change }> {
  const p = await loadPackage(ctx.db, ctx.actor.orgId, input.id);
  if (input.from >= input.to || input.to > p.version) {
    throw invalid('Choose an earlier and a later version of the package', undefined, [
      { path: 'from', message: 'Choose an earlier and a later version of the package' },
    ]);
  }
  return { change: await changeBetween(ctx.db, ctx.actor.orgId, p.id, input.from, input.to) };
}
