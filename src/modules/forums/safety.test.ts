import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';

const eight = (n: number) => Array.from({ length: 8 }, () => n);

describeEachEngine('psychological-safety checks', (env) => {
  const db = () => env().database.db;
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await signInAs(db(), env().config, who), body });

  async function setup() {
    const o = await buildTwoLayerOrg(db());
    const members: Person[] = [o.employeeA, o.colleagueA];
    for (let i = 0; i < 4; i++)
      members.push(await buildPerson(db(), o.org, { roles: [{ unit: o.units.instA, role: 'employee' }] }));
    const team = await buildTeam(db(), o.org, { unit: o.units.instA, name: 'Sprogteamet', members });
    const outsider = await buildPerson(db(), o.org, { roles: [{ unit: o.units.instA, role: 'employee' }] });
    const orgAdmin = await buildPerson(db(), o.org, { roles: [{ unit: o.units.admin, role: 'org_admin' }] });
    return { o, team, members, outsider, orgAdmin };
  }

  it('team content: members and the unit’s nearest leader only; the area leader, HR, admins, colleagues and other organisations get 404', async () => {
    const { o, team, members, outsider, orgAdmin } = await setup();
    const opened = await req(members[0]!, 'POST', `/teams/${team.id}/safety-checks`, {});
    expect(opened.status).toBe(201);
    for (const p of [members[1]!, o.leaderA]) {
      const res = await req(p, 'GET', `/teams/${team.id}/safety-checks`);
      expect(res.status, p.name).toBe(200);
      expect(res.json.checks).toHaveLength(1);
    }
    const other = await buildTwoLayerOrg(db());
    for (const p of [o.areaLeader, o.hr, orgAdmin, outsider, o.leaderB, o.employeeB, other.areaLeader]) {
      expect((await req(p, 'GET', `/teams/${team.id}/safety-checks`)).status, p.name).toBe(404);
      expect((await req(p, 'POST', `/teams/${team.id}/safety-checks`, {})).status, p.name).toBe(404);
      expect((await req(p, 'POST', `/survey-rounds/${opened.json.check.id}/close`)).status, p.name).toBe(404);
    }
    // Only the team's members answer, even a leader of the unit does not.
    expect((await req(outsider, 'GET', `/evaluations/${opened.json.check.code}`)).status).toBe(404);
    expect(
      (await req(o.leaderA, 'POST', `/evaluations/${opened.json.check.code}/answers`, { scores: eight(3) }))
        .status,
    ).toBe(404);
    const listed = await req(o.leaderA, 'GET', '/safety-checks/teams');
    expect(listed.json.teams.map((t: { name: string }) => t.name)).toContain('Sprogteamet');
    expect((await req(o.hr, 'GET', '/safety-checks/teams')).json.teams).toEqual([]);
    // One open check at a time.
    expect((await req(o.leaderA, 'POST', `/teams/${team.id}/safety-checks`, {})).status).toBe(409);
  });

  it('results under the same threshold, beside the team forum’s evaluations; sealing leaves nothing to pair', async () => {
    const { o, team, members } = await setup();
    const check = (await req(o.leaderA, 'POST', `/teams/${team.id}/safety-checks`, { days: 14 })).json.check;
    const form = await req(members[2]!, 'GET', `/evaluations/${check.code}`);
    expect(form.json.evaluation).toMatchObject({
      instrument: 'safety',
      title: 'Sprogteamet',
      status: 'open',
    });
    expect(form.json.evaluation.items).toHaveLength(8);
    expect(
      (await req(members[2]!, 'POST', `/evaluations/${check.code}/answers`, { scores: eight(3).concat([3]) }))
        .status,
    ).toBe(400);
    for (const [i, p] of members.slice(0, 4).entries()) {
      expect(
        (
          await req(p, 'POST', `/evaluations/${check.code}/answers`, {
            scores: eight(i + 1),
            comment: `c${i}`,
          })
        ).status,
      ).toBe(201);
    }
    // Before sealing each answer's rows were written by its own transaction.
    const xmins = async () =>
      (
        (await db().execute(
          sql`select count(distinct xmin::text)::int as n from survey_responses where round_id = ${check.id}`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]!.n;
    expect(await xmins()).toBe(4);
    expect((await req(members[0]!, 'POST', `/survey-rounds/${check.id}/close`)).status).toBe(200);
    expect(await xmins()).toBe(1);

    const four = (await req(members[5]!, 'GET', `/teams/${team.id}/safety-checks`)).json;
    expect(four.checks[0]).toMatchObject({
      respondents: 4,
      closed: true,
      shown: false,
      means: null,
      comments: null,
    });
    expect(four.summary).toMatchObject({ rounds: 0, means: null });
    expect(four.can.open).toBe(true);

    const second = (await req(members[0]!, 'POST', `/teams/${team.id}/safety-checks`, {})).json.check;
    for (const p of members.slice(0, 5))
      await req(p, 'POST', `/evaluations/${second.code}/answers`, { scores: [1, 2, 3, 4, 5, 5, 5, 5] });
    await req(o.leaderA, 'POST', `/survey-rounds/${second.id}/close`);

    // The team's forum shows the check beside its meeting evaluations — to the team and its leaders.
    const forumId = (
      await req(o.leaderA, 'POST', '/forums', {
        unitId: o.units.instA.id,
        level: 'intervention',
        name: 'Teammøde',
        teamId: team.id,
      })
    ).json.forum.id;
    const seen = (await req(members[1]!, 'GET', `/forums/${forumId}`)).json.safety;
    expect(seen.checks.map((c: { shown: boolean }) => c.shown)).toEqual([true, false]);
    expect(seen.checks[0].means).toEqual([1, 2, 3, 4, 5, 5, 5, 5]);
    expect(seen.summary).toMatchObject({ rounds: 1, weakest: [0, 1] });
    // A colleague of the unit who is not on the team reads the forum but not the team's check.
    const colleague = await buildPerson(db(), o.org, { roles: [{ unit: o.units.instA, role: 'employee' }] });
    const forColleague = await req(colleague, 'GET', `/forums/${forumId}`);
    expect(forColleague.status).toBe(200);
    expect(forColleague.json.safety).toBeNull();
  });
});
