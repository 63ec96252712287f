import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { requireOrgAdmin } from '../../../server/policy/admin-rights.js';
import type { Os2moTest } from '../answers.js';
import { os2moConnections } from '../schema.js';
import { Os2moSession, SourceError } from '../source/client.js';
import { openSecret } from '../source/secret.js';

/**
 * Signs in to Keycloak and reads the first page of units and of employees, so the admin learns
 * at once whether the address, the client and its rights are right. A failure is an answer
 * (ok: false, with its reason), not an error: the admin asked, and that is what there is to say.
 */
export async function testOs2moConnection({ ctx }: { ctx: ServiceContext }): Promise<Os2moTest> {
  requireOrgAdmin(ctx);
  const [row] = await ctx.db
    .select()
    .from(os2moConnections)
    .where(eq(os2moConnections.orgId, ctx.actor.orgId));
  if (!row) throw notFound('OS2mo is not set up');
  const secret = openSecret(ctx.config, row);
  if (secret === null) {
    return {
      ok: false,
      failure: 'secret_unreadable',
      message: 'The stored secret cannot be opened; enter it again',
    };
  }
  const session = new Os2moSession({ ...row, secret });
  try {
    const units = await session.page('org_units', null);
    const employees = await session.page('employees', null);
    return { ok: true, units: units.items.length, employees: employees.items.length };
  } catch (err) {
    if (err instanceof SourceError) return { ok: false, failure: err.failure, message: err.message };
    throw err;
  }
}
