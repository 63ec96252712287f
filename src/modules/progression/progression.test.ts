import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { localDay } from '../../shared/time.js';
import { AREAS, progressionApi } from './testing.js';

describeEachEngine('progression: who reads and records a unit’s courses', (env) => {
  const { req, unitCourse } = progressionApi(env);

  it('the unit’s people and leaders (and above) read and record; HR, other units and other organisations get 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const other = await buildTwoLayerOrg(env().database.db);
    const course = await unitCourse(o);
    expect(course).toMatchObject({
      unit: { name: 'Børnehuset Solsikken' },
      areas: AREAS,
      can: { edit: true },
    });
    for (const reader of [o.colleagueA, o.employeeA, o.leaderA, o.areaLeader]) {
      const r = await req(reader, 'GET', `/progression/courses/${course.id}`);
      expect(r.status, reader.name).toBe(200);
      expect(r.json.course.label).toBe('Gruppe A, 3-4 år');
      expect((await req(reader, 'GET', `/progression/units/${o.units.instA.id}`)).json.courses).toHaveLength(
        1,
      );
    }
    for (const outsider of [o.hr, o.leaderB, o.employeeB, other.leaderA, other.areaLeader]) {
      const path = `/progression/courses/${course.id}`;
      expect((await req(outsider, 'GET', path)).status, outsider.name).toBe(404);
      expect((await req(outsider, 'PATCH', path, { label: 'X', version: 1 })).status, outsider.name).toBe(
        404,
      );
      expect((await req(outsider, 'DELETE', path)).status, outsider.name).toBe(404);
      expect(
        (
          await req(outsider, 'POST', `${path}/ratings`, {
            ratedOn: '2026-02-01',
            levels: [{ area: 'Sprog', level: 'red' }],
          })
        ).status,
        outsider.name,
      ).toBe(404);
      expect(
        (await req(outsider, 'GET', `/progression/units/${o.units.instA.id}`)).status,
        outsider.name,
      ).toBe(404);
      expect((await req(outsider, 'GET', `/progression/overview?unitId=${o.units.instA.id}`)).status).toBe(
        404,
      );
      expect(
        (
          await req(outsider, 'POST', '/progression/courses', {
            unitId: o.units.instA.id,
            subjectKind: 'child_group',
            label: 'Gruppe B',
            startedOn: '2026-01-05',
          })
        ).status,
        outsider.name,
      ).toBe(404);
    }
    // Staff record, but the list of areas is the leaders' to set.
    expect(
      (await req(o.colleagueA, 'PUT', `/progression/units/${o.units.instA.id}/areas`, { areas: ['Leg'] }))
        .status,
    ).toBe(403);
    const picker = await req(o.leaderA, 'GET', '/progression/units');
    expect(picker.json.units.map((u: { name: string }) => u.name)).toEqual([
      'Børnehuset Solsikken',
      'Rød stue',
    ]);
    // HR records no progression from her role.
    expect((await req(o.hr, 'GET', '/progression/units')).json.units).toEqual([]);
  });

  it('refuses a CPR number on the field, with or without a dash, and warns of a first name until confirmed', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const base = { unitId: o.units.instA.id, subjectKind: 'citizen_course', startedOn: '2026-03-01' };
    const dashed = await req(o.colleagueA, 'POST', '/progression/courses', {
      ...base,
      label: 'Borger K',
      challenge: 'Borgeren 010203-1234 mangler struktur',
    });
    expect(dashed.status).toBe(400);
    expect(dashed.json.error.reason).toBe('cpr_number');
    expect(dashed.json.error.issues).toEqual([
      { path: 'challenge', message: expect.stringContaining('CPR') },
    ]);
    const digits = await req(o.colleagueA, 'POST', '/progression/courses', { ...base, label: '3112991234' });
    expect(digits.json.error).toMatchObject({ reason: 'cpr_number', issues: [{ path: 'label' }] });
    // A CPR number is refused even when names are confirmed.
    const confirmed = await req(o.colleagueA, 'POST', '/progression/courses', {
      ...base,
      label: 'Borger K',
      outcome: '0102031234',
      allowNames: true,
    });
    expect(confirmed.json.error).toMatchObject({ reason: 'cpr_number', issues: [{ path: 'outcome' }] });

    const named = await req(o.colleagueA, 'POST', '/progression/courses', {
      ...base,
      label: 'Emma',
      initiative: 'Vi forbereder Emma og Noah før turen',
    });
    expect(named.status).toBe(400);
    expect(named.json.error.reason).toBe('possible_name');
    expect(named.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['label', 'initiative']);
    const overridden = await req(o.colleagueA, 'POST', '/progression/courses', {
      ...base,
      label: 'Emma',
      allowNames: true,
    });
    expect(overridden.status).toBe(201);
    // Nothing refused was stored.
    const list = await req(o.leaderA, 'GET', `/progression/units/${o.units.instA.id}`);
    expect(list.json.courses.map((c: { label: string }) => c.label)).toEqual(['Emma']);

    const course = overridden.json.course;
    const note = await req(o.colleagueA, 'POST', `/progression/courses/${course.id}/ratings`, {
      ratedOn: '2026-03-02',
      levels: [{ area: 'Sprog', level: 'red' }],
      note: 'cpr 010203-1234',
    });
    expect(note.json.error).toMatchObject({ reason: 'cpr_number', issues: [{ path: 'note' }] });
    const edit = await req(o.colleagueA, 'PATCH', `/progression/courses/${course.id}`, {
      outcome: 'Se 020304-4321',
      version: course.version,
    });
    expect(edit.json.error.reason).toBe('cpr_number');
  });

  it('rates areas per day (a double tap replaces, a future day or unknown area is refused) and counts them in the overviews', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const course = await unitCourse(o);
    const path = `/progression/courses/${course.id}/ratings`;
    const levels = [
      { area: 'Sprog', level: 'red' },
      { area: 'Motorik', level: 'green' },
    ];
    const day = localDay(new Date());
    expect((await req(o.colleagueA, 'POST', path, { ratedOn: day, levels })).status).toBe(200);
    const again = await req(o.colleagueA, 'POST', path, {
      ratedOn: day,
      levels: [{ area: 'Sprog', level: 'yellow' }, levels[1]],
    });
    expect(again.status).toBe(200);
    expect(again.json.course.ratings).toEqual([
      { area: 'Motorik', ratedOn: day, level: 'green', note: null },
      { area: 'Sprog', ratedOn: day, level: 'yellow', note: null },
    ]);
    const future = await req(o.colleagueA, 'POST', path, { ratedOn: '2100-01-01', levels });
    expect(future.status).toBe(400);
    expect(future.json.error.issues).toEqual([{ path: 'ratedOn', message: expect.any(String) }]);
    const unknown = await req(o.colleagueA, 'POST', path, {
      ratedOn: day,
      levels: [{ area: 'Matematik', level: 'red' }],
    });
    expect(unknown.json.error.issues).toEqual([{ path: 'levels.0.area', message: expect.any(String) }]);
    expect(
      (await req(o.colleagueA, 'POST', path, { ratedOn: day, levels: [{ area: 'Sprog', level: 'blue' }] }))
        .status,
    ).toBe(400);

    // A second course in the room, counted under the institution in the area's overview.
    const room = await req(o.employeeA, 'POST', '/progression/courses', {
      unitId: o.units.room.id,
      subjectKind: 'child_group',
      label: 'Rød stue, storbørn',
      startedOn: '2026-01-05',
    });
    await req(o.employeeA, 'POST', `/progression/courses/${room.json.course.id}/ratings`, {
      ratedOn: day,
      levels: [{ area: 'Sprog', level: 'green' }],
    });
    const quarter = `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    const area = await req(o.areaLeader, 'GET', `/progression/overview?unitId=${o.units.area.id}`);
    expect(area.status).toBe(200);
    expect(area.json.areas).toEqual(AREAS);
    expect(area.json.periods).toHaveLength(8);
    expect(area.json.periods.at(-1)).toBe(quarter);
    expect(area.json.courses).toBe(2);
    expect(area.json.groups.map((g: { name: string }) => g.name)).toEqual(['Børnehuset Solsikken']);
    // Counts only, one row per group and area, one entry per quarter ([red, yellow, green]).
    const current = area.json.periods.length - 1;
    const counts = (entry: [number, number, number]) =>
      area.json.periods.map((_: string, i: number) => (i === current ? entry : null));
    // In the order the table shows them: groups, then the unit's areas in their order.
    expect(area.json.rows).toEqual([
      { group: 0, area: 'Sprog', counts: counts([0, 1, 1]) },
      { group: 0, area: 'Motorik', counts: counts([0, 0, 1]) },
    ]);
    expect(area.json.groups).toEqual([{ id: o.units.instA.id, name: 'Børnehuset Solsikken' }]);
    expect(area.json.can).toEqual({ openGroups: true });
    const inst = await req(o.colleagueA, 'GET', `/progression/overview?unitId=${o.units.instA.id}`);
    expect(inst.json.groups.map((g: { name: string }) => g.name)).toEqual([
      'Børnehuset Solsikken',
      'Rød stue',
    ]);
    // Staff see their own unit's overview, not the area's comparison of units.
    expect((await req(o.colleagueA, 'GET', `/progression/overview?unitId=${o.units.area.id}`)).status).toBe(
      404,
    );
  });

  it('an edit against an older version is a 409 and changes nothing', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const course = await unitCourse(o);
    const path = `/progression/courses/${course.id}`;
    const first = await req(o.colleagueA, 'PATCH', path, {
      outcome: 'Roligere ture',
      version: course.version,
    });
    expect(first.status).toBe(200);
    expect(first.json.course.version).toBe(course.version + 1);
    const stale = await req(o.leaderA, 'PATCH', path, { outcome: 'Andet', version: course.version });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');
    expect((await req(o.leaderA, 'GET', path)).json.course.outcome).toBe('Roligere ture');
  });
});
