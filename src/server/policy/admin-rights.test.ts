import { it } from 'vitest';
import { describePolicy, everyone, expectTable } from '../../../test/policy-world.js';
import { assertMayManageRole, holdsOrgAdmin, requireOrgAdmin } from './admin-rights.js';

// Administrator rights: only an org admin grants admin roles and changes the organisation's settings.
describePolicy('administrator rights', (world, env) => {
  const onlyOrgAdmin = everyone(false, { orgAdmin: true });
  const passes = (check: () => void) => {
    try {
      check();
      return true;
    } catch {
      return false;
    }
  };

  it('holdsOrgAdmin, assertMayManageRole(hr) and requireOrgAdmin', async () => {
    const w = await world();
    await expectTable(env(), w, (ctx, actor) => holdsOrgAdmin(ctx.db, actor.orgId, actor.id), onlyOrgAdmin);
    await expectTable(
      env(),
      w,
      async (ctx) => passes(() => assertMayManageRole(ctx.actor, 'hr')),
      onlyOrgAdmin,
    );
    await expectTable(env(), w, async (ctx) => passes(() => requireOrgAdmin(ctx)), onlyOrgAdmin);
    // Roles that are not administrator roles are the routes' `admin` access, not this guard's.
    await expectTable(
      env(),
      w,
      async (ctx) => passes(() => assertMayManageRole(ctx.actor, 'employee')),
      everyone(true),
    );
  });
});
