import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';

const TWELVE = [4, 3, 5, 4, 3, 2, 4, 3, 5, 4, 3, 2];
const OWN_NOTE = 'Jeg spørger for sjældent efter data fra stuerne.';
const TEAM_NOTE = 'Vi deler for lidt af det, der ikke lykkes.';

describeEachEngine('learning culture in the GDPR export and erasure', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });
  const take = (who: Person, body: Record<string, unknown>) =>
    req(who, 'POST', '/learning-culture/assessments', {
      takenOn: '2026-03-02',
      scores: TWELVE,
      clientKey: `key-${Math.random().toString(36).slice(2, 12)}`,
      ...body,
    });

  it('a leader’s own self-assessments are in her export and erased with her; her team’s stay the team’s', async () => {
    const { db } = env().database;
    const o = await buildTwoLayerOrg(db);
    const team = await buildTeam(db, o.org, { unit: o.units.instA, members: [o.leaderA, o.employeeA] });
    expect((await take(o.leaderA, { note: OWN_NOTE })).status).toBe(201);
    expect((await take(o.leaderA, { teamId: team.id, note: TEAM_NOTE })).status).toBe(201);
    expect((await req(o.leaderA, 'PUT', '/learning-culture/share', { shared: true })).status).toBe(200);

    const exported = await req(o.leaderA, 'GET', '/privacy/export');
    expect(exported.status).toBe(200);
    const section = exported.json.sections.find((s: { key: string }) => s.key === 'learningCulture');
    expect(section.items).toEqual([
      expect.objectContaining({ title: '2026-03-02', fields: { scores: TWELVE.join(', '), note: OWN_NOTE } }),
    ]);
    expect(JSON.stringify(exported.json)).not.toContain(TEAM_NOTE);

    const admin = await buildPerson(db, o.org, {
      name: 'Hans Admin',
      roles: [{ unit: o.units.admin, role: 'org_admin' }],
    });
    const erased = await req(admin, 'POST', `/privacy/erasures/${o.leaderA.id}`, { confirm: true });
    expect(erased.status, erased.text).toBe(200);
    expect(erased.json.removed).toMatchObject({ 'learningCulture.assessments': 1 });
    const teamTrend = await req(o.employeeA, 'GET', `/learning-culture?teamId=${team.id}`);
    expect(teamTrend.status, teamTrend.text).toBe(200);
    expect(JSON.stringify(teamTrend.json)).toContain(TEAM_NOTE);
    expect(JSON.stringify(teamTrend.json)).not.toContain(OWN_NOTE);
  });
});
