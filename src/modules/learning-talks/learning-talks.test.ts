import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { localDay } from '../../shared/time.js';
import { progressionApi } from '../progression/testing.js';

describeEachEngine('learning conversations: the unit’s and the upper leader’s only', (env) => {
  const { req, unitCourse } = progressionApi(env);

  it('the parties read, edit and see the data package; staff, other leaders, HR and outsiders get 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const other = await buildTwoLayerOrg(env().database.db);
    const course = await unitCourse(o);
    await req(o.colleagueA, 'POST', `/progression/courses/${course.id}/ratings`, {
      ratedOn: localDay(new Date()),
      levels: [{ area: 'Sprog', level: 'yellow' }],
    });
    const heldOn = localDay(new Date());
    const created = await req(o.leaderA, 'POST', '/learning-talks', {
      unitId: o.units.instA.id,
      cadence: 'half_yearly',
      heldOn,
      focus: 'Børnenes sprog i overgangene',
    });
    expect(created.status).toBe(201);
    const talk = created.json.talk;
    expect(talk).toMatchObject({ unit: { name: 'Børnehuset Solsikken' }, previous: null, version: 1 });

    for (const party of [o.leaderA, o.areaLeader]) {
      expect((await req(party, 'GET', `/learning-talks/${talk.id}`)).status, party.name).toBe(200);
      const list = await req(party, 'GET', '/learning-talks');
      expect(
        list.json.talks.map((t: { id: string }) => t.id),
        party.name,
      ).toEqual([talk.id]);
    }
    const pkg = await req(o.areaLeader, 'GET', `/learning-talks/${talk.id}/package`);
    expect(pkg.status).toBe(200);
    expect(pkg.json.sections.map((s: { key: string }) => s.key)).toEqual(['goals', 'progression']);
    const progression = pkg.json.sections[1];
    expect(progression.facts).toEqual([{ key: 'courses', value: 1 }]);
    expect(progression.progression.rows).toEqual([
      expect.objectContaining({ area: 'Sprog', counts: expect.arrayContaining([[0, 1, 0]]) }),
    ]);

    for (const outsider of [
      o.colleagueA,
      o.employeeA,
      o.leaderB,
      o.employeeB,
      o.hr,
      other.leaderA,
      other.areaLeader,
    ]) {
      for (const path of [`/learning-talks/${talk.id}`, `/learning-talks/${talk.id}/package`])
        expect((await req(outsider, 'GET', path)).status, `${outsider.name} ${path}`).toBe(404);
      expect(
        (await req(outsider, 'PATCH', `/learning-talks/${talk.id}`, { nextStep: 'X', version: 1 })).status,
      ).toBe(404);
      expect((await req(outsider, 'GET', '/learning-talks')).json.talks, outsider.name).toEqual([]);
      expect(
        (
          await req(outsider, 'POST', '/learning-talks', {
            unitId: o.units.instA.id,
            cadence: 'yearly',
            heldOn,
          })
        ).status,
        outsider.name,
      ).toBe(404);
    }
    // The neighbouring institution's leader is a party to her own unit's conversation only.
    expect((await req(o.leaderB, 'GET', `/learning-talks?unitId=${o.units.instA.id}`)).status).toBe(404);
  });

  it('ends in an agreed next step that the next conversation follows up; a stale edit or a bad link is refused', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const first = (
      await req(o.leaderA, 'POST', '/learning-talks', {
        unitId: o.units.instA.id,
        cadence: 'yearly',
        heldOn: '2026-01-15',
      })
    ).json.talk;
    const agreed = await req(o.areaLeader, 'PATCH', `/learning-talks/${first.id}`, {
      nextStep: 'Fælles dataårshjul for sprogvurderinger',
      version: first.version,
    });
    expect(agreed.status).toBe(200);
    const stale = await req(o.leaderA, 'PATCH', `/learning-talks/${first.id}`, {
      nextStep: 'Andet',
      version: first.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');
    const badLink = await req(o.leaderA, 'PATCH', `/learning-talks/${first.id}`, {
      links: [{ title: 'Plan', url: 'javascript:alert(1)' }],
      version: agreed.json.talk.version,
    });
    expect(badLink.status).toBe(400);
    expect(badLink.json.error.issues).toEqual([{ path: 'links.0.url', message: expect.any(String) }]);
    const second = await req(o.leaderA, 'POST', '/learning-talks', {
      unitId: o.units.instA.id,
      cadence: 'yearly',
      heldOn: '2026-11-20',
    });
    expect(second.json.talk.previous).toEqual({
      id: first.id,
      heldOn: '2026-01-15',
      nextStep: 'Fælles dataårshjul for sprogvurderinger',
    });
    expect(second.json.talk.periodStart).toBe('2025-11-20');
  });
});
