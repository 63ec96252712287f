import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, type PolicyWorld } from '../../../test/policy-world.js';
import { assertMayManageRole, holdsOrgAdmin, requireOrgAdmin } from './admin-rights.js';

// Administrator rights: only an org admin grants admin roles and changes the organisation's settings.
describeEachEngine('policy: administrator rights', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));
  const onlyOrgAdmin = {
    self: false,
    nearestLeader: false,
    leaderAbove: false,
    teamMember: false,
    teamLeader: false,
    hr: false,
    orgAdmin: true,
    outsider: false,
    stranger: false,
  };
  const passes = (check: () => void) => {
    try {
      check();
      return true;
    } catch {
      return false;
    }
  };

  it('holdsOrgAdmin, assertMayManageRole(hr) and requireOrgAdmin', async () => {
    const world = await w();
    await expectTable(
      env(),
      world,
      (ctx, actor) => holdsOrgAdmin(ctx.db, actor.orgId, actor.id),
      onlyOrgAdmin,
    );
    await expectTable(
      env(),
      world,
      async (ctx) => passes(() => assertMayManageRole(ctx.actor, 'hr')),
      onlyOrgAdmin,
    );
    await expectTable(env(), world, async (ctx) => passes(() => requireOrgAdmin(ctx)), onlyOrgAdmin);
    // Roles that are not administrator roles are the routes' `admin` access, not this guard's.
    await expectTable(
      env(),
      world,
      async (ctx) => passes(() => assertMayManageRole(ctx.actor, 'employee')),
      Object.fromEntries(Object.keys(onlyOrgAdmin).map((k) => [k, true])) as typeof onlyOrgAdmin,
    );
  });
});
