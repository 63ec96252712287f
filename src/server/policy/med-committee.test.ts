import { expect, it } from 'vitest';
import { buildPerson, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import {
  ACTOR_NAMES,
  contextFor,
  describePolicy,
  everyone,
  expectTable,
  type ActorName,
} from '../../../test/policy-world.js';
import { isAdmin, readsAggregates } from './actor.js';
import { personRelation } from './person-access.js';
import { subjectRelation } from './subject-access.js';
import { teamRelation } from './team-content.js';
import { leadsUnitOrAbove } from './unit-leadership.js';
import { isOneOfUnitsPeople } from './unit-people.js';

/*
 * A MED committee member (the role med_member, placed at the top of the organisation as a
 * committee usually sits) reads aggregates — MUS coverage — and nothing else: every relationship
 * the policy layer answers is none, for every person, team and unit of the world.
 */
describePolicy('the MED committee role', (world, env) => {
  const medMember = async () => {
    const w = await world();
    const med = await buildPerson(env().database.db, w.org, {
      name: 'Karen MED',
      roles: [{ unit: w.units.admin, role: 'med_member' }],
    });
    return { w, med, ctx: await contextFor(env(), med) };
  };

  it('reads aggregates as HR and admins do, and is no admin', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      async (ctx) => readsAggregates(ctx.actor),
      everyone(false, { hr: true, orgAdmin: true }),
    );
    const { ctx } = await medMember();
    expect({ readsAggregates: readsAggregates(ctx.actor), isAdmin: isAdmin(ctx.actor) }).toEqual({
      readsAggregates: true,
      isAdmin: false,
    });
  });

  it('has no relation to any person’s record, team’s content or unit', async () => {
    const { w, ctx } = await medMember();
    const byPerson = async (ask: (id: string) => Promise<unknown>) => {
      const table: Partial<Record<ActorName, unknown>> = {};
      for (const name of ACTOR_NAMES) table[name] = await ask(w.actors[name].id);
      return table;
    };
    expect(await byPerson((id) => personRelation(ctx, id))).toEqual(everyone(null));
    expect(await byPerson((id) => subjectRelation(ctx, { personId: id }))).toEqual(everyone(null));
    expect({
      team: await teamRelation(ctx, w.team.id),
      peerGroup: await teamRelation(ctx, w.peerGroup.id),
      teamAsSubject: await subjectRelation(ctx, { teamId: w.team.id }),
    }).toEqual({ team: null, peerGroup: null, teamAsSubject: null });
    const units = Object.values(w.units);
    expect(await Promise.all(units.map((u) => leadsUnitOrAbove(ctx, u.id)))).toEqual(units.map(() => false));
    expect(await Promise.all(units.map((u) => isOneOfUnitsPeople(ctx, u.id)))).toEqual(
      units.map(() => false),
    );
  });

  it('over HTTP: reads the coverage page, and no one’s record, goals or conversations', async () => {
    const { w, med } = await medMember();
    const { app, database, config } = env();
    const as = await signInAs(database.db, config, med);
    const me = await call(app, 'GET', '/api/auth/me', { as });
    expect(me.json.abilities).toMatchObject({ readCoverage: true, administer: false, lead: false });
    expect((await call(app, 'GET', '/api/coverage', { as })).status).toBe(200);
    const self = w.actors.self.id;
    for (const path of [
      `/api/people/${self}`,
      `/api/development/${self}`,
      `/api/goals?personId=${self}`,
      `/api/licences/people/${self}`,
      `/api/teams/${w.team.id}/development`,
    ]) {
      expect((await call(app, 'GET', path, { as })).status, path).toBe(404);
    }
    for (const path of ['/api/imports', '/api/privacy/retention']) {
      expect((await call(app, 'GET', path, { as })).status, path).toBe(403);
    }
    // The leader's overview answers everyone, with the people they lead: for the committee, none.
    const overview = await call(app, 'GET', '/api/overview', { as });
    expect(JSON.stringify(overview.json)).not.toContain(w.actors.self.name);
  });
});
