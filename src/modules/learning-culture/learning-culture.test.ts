import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/db/schema.js';
import { and, eq } from 'drizzle-orm';

const TWELVE = [4, 3, 5, 4, 3, 2, 4, 3, 5, 4, 3, 2];

describeEachEngine('learning culture: a self-assessment whose trend is private unless shared', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });
  const take = (who: Person, body: Record<string, unknown>) =>
    req(who, 'POST', '/learning-culture/assessments', {
      takenOn: '2026-03-02',
      scores: TWELVE,
      note: '',
      clientKey: `key-${Math.random().toString(36).slice(2, 12)}`,
      ...body,
    });

  it('a leader takes it twice and sees the trend; only her own leader sees it, once she shares it', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const first = await take(o.leaderA, {
      clientKey: 'leader-a-0001',
      note: 'Jeg spørger for sjældent efter data.',
    });
    expect(first.status, first.text).toBe(201);
    // A double tap lands once.
    const again = await take(o.leaderA, {
      clientKey: 'leader-a-0001',
      note: 'Jeg spørger for sjældent efter data.',
    });
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ assessment: first.json.assessment, duplicate: true });
    await take(o.leaderA, { takenOn: '2026-09-01', scores: TWELVE.map((s) => Math.min(5, s + 1)) });

    const mine = await req(o.leaderA, 'GET', '/learning-culture');
    expect(mine.status).toBe(200);
    expect(mine.json.subject).toEqual({ kind: 'person', ref: { id: o.leaderA.id, name: o.leaderA.name } });
    expect(mine.json.items).toHaveLength(12);
    expect(mine.json.assessments.map((a: { takenOn: string }) => a.takenOn)).toEqual([
      '2026-03-02',
      '2026-09-01',
    ]);
    const overall = (i: number) =>
      mine.json.assessments[i].indices.find((x: { key: string }) => x.key === 'learningCulture').points;
    expect(overall(1)).toBeGreaterThan(overall(0));
    expect(mine.json).toMatchObject({ shared: false, can: { take: true, share: true } });
    expect(mine.json.sharedWith).toEqual([{ id: o.areaLeader.id, name: o.areaLeader.name }]);

    // Private: her own leader, her staff, HR and another organisation see nothing.
    const other = await buildTwoLayerOrg(env().database.db);
    for (const who of [o.areaLeader, o.employeeA, o.hr, o.leaderB, other.areaLeader])
      expect((await req(who, 'GET', `/learning-culture?personId=${o.leaderA.id}`)).status, who.name).toBe(
        404,
      );

    const shared = await req(o.leaderA, 'PUT', '/learning-culture/share', { shared: true });
    expect(shared.json.shared).toBe(true);
    const read = await req(o.areaLeader, 'GET', `/learning-culture?personId=${o.leaderA.id}`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ can: { take: false, share: false } });
    expect(read.json.assessments).toHaveLength(2);
    expect((await req(o.areaLeader, 'GET', '/learning-culture')).json.sharedWithMe).toEqual([
      { kind: 'person', ref: { id: o.leaderA.id, name: o.leaderA.name } },
    ]);
    const logged = await env()
      .database.db.select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.subjectPersonId, o.leaderA.id), eq(auditEvents.action, 'culture_assessment.read')),
      );
    expect(logged.map((l) => l.actorId)).toEqual([o.areaLeader.id]);
    // Shared with her own leader only: staff, HR and other leaders still get 404.
    for (const who of [o.employeeA, o.hr, o.leaderB])
      expect((await req(who, 'GET', `/learning-culture?personId=${o.leaderA.id}`)).status, who.name).toBe(
        404,
      );

    await req(o.leaderA, 'PUT', '/learning-culture/share', { shared: false });
    expect((await req(o.areaLeader, 'GET', `/learning-culture?personId=${o.leaderA.id}`)).status).toBe(404);
  });

  it('a team takes it together; members see it, the unit’s leader once it is shared; bad input is refused on the field', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const team = await buildTeam(env().database.db, o.org, {
      unit: o.units.instA,
      name: 'Stuen',
      members: [o.employeeA, o.colleagueA],
    });
    expect((await take(o.employeeA, { teamId: team.id })).status).toBe(201);
    const seen = await req(o.colleagueA, 'GET', `/learning-culture?teamId=${team.id}`);
    expect(seen.json.assessments).toHaveLength(1);
    expect(seen.json.sharedWith).toEqual([{ id: o.leaderA.id, name: o.leaderA.name }]);
    for (const who of [o.leaderA, o.employeeB, o.areaLeader])
      expect((await req(who, 'GET', `/learning-culture?teamId=${team.id}`)).status, who.name).toBe(404);
    expect((await take(o.leaderA, { teamId: team.id })).status).toBe(404);

    await req(o.colleagueA, 'PUT', '/learning-culture/share', { teamId: team.id, shared: true });
    expect((await req(o.leaderA, 'GET', `/learning-culture?teamId=${team.id}`)).status).toBe(200);
    expect((await req(o.areaLeader, 'GET', `/learning-culture?teamId=${team.id}`)).status).toBe(404);
    expect((await take(o.leaderA, { teamId: team.id })).status).toBe(400);

    const refused = async (body: Record<string, unknown>, field: string) => {
      const r = await take(o.employeeA, body);
      expect(r.status, r.text).toBe(400);
      expect(r.json.error.issues.map((i: { path: string }) => i.path)).toEqual([field]);
    };
    await refused({ scores: TWELVE.slice(1) }, 'scores');
    await refused({ scores: [...TWELVE.slice(1), 6] }, 'scores.11');
    await refused({ scores: [...TWELVE.slice(1), 'høj'] }, 'scores.11');
    await refused({ takenOn: '2999-01-01' }, 'takenOn');
    expect((await req(o.employeeA, 'GET', '/learning-culture')).json.assessments).toEqual([]);
  });
});
