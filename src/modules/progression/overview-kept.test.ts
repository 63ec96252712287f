import { and, eq } from 'drizzle-orm';
import { afterEach, expect, it, vi } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { localDay } from '../../shared/time.js';
import { memberships, units } from '../org/schema.js';
import { progressionApi } from './testing.js';

type Counts = [number, number, number] | null;
interface Overview {
  unit: { id: string; name: string };
  areas: string[];
  periods: string[];
  groups: { id: string; name: string }[];
  rows: { group: number; area: string; counts: Counts[] }[];
  courses: number;
  can: { openGroups: boolean };
}

/*
 * The area overview is kept between writes (services/overview.ts): these read it, write, and read
 * it again at once, so an answer kept past a change of any table it is made from fails here.
 */
describeEachEngine('progression: the kept overview follows every write at once', (env) => {
  const { req, unitCourse } = progressionApi(env);
  const db = () => env().database.db;
  afterEach(() => vi.useRealTimers());

  type Org = Awaited<ReturnType<typeof buildTwoLayerOrg>>;
  async function overview(o: Org, unitId = o.units.area.id, who = o.areaLeader): Promise<Overview> {
    const r = await req(who, 'GET', `/progression/overview?unitId=${unitId}`);
    expect(r.status).toBe(200);
    return r.json;
  }
  /** Each group's name and area with its counts in the latest quarter. */
  const latest = (v: Overview) =>
    v.rows.map((r) => `${v.groups[r.group]!.name} ${r.area} ${JSON.stringify(r.counts.at(-1))}`);

  async function rate(
    o: Org,
    courseId: string,
    ratedOn: string,
    level: string,
    area = 'Sprog',
    who = o.colleagueA,
  ) {
    const r = await req(who, 'POST', `/progression/courses/${courseId}/ratings`, {
      ratedOn,
      levels: [{ area, level }],
    });
    expect(r.status).toBe(200);
  }

  it('changes at once after a rating, a deleted course, a moved or renamed unit and new areas', async () => {
    const o = await buildTwoLayerOrg(db());
    const course = await unitCourse(o);
    const day = localDay(new Date());
    await rate(o, course.id, day, 'red');
    expect(latest(await overview(o))).toEqual(['Børnehuset Solsikken Sprog [1,0,0]']);
    expect(latest(await overview(o))).toEqual(['Børnehuset Solsikken Sprog [1,0,0]']);

    // A rating the same day replaces the level.
    await rate(o, course.id, day, 'green');
    expect(latest(await overview(o))).toEqual(['Børnehuset Solsikken Sprog [0,0,1]']);

    // A course in the room counts under its institution, until the room is moved under the area.
    const room = await req(o.employeeA, 'POST', '/progression/courses', {
      unitId: o.units.room.id,
      subjectKind: 'child_group',
      label: 'Rød stue, storbørn',
      startedOn: '2026-01-05',
    });
    await rate(o, room.json.course.id, day, 'yellow', 'Motorik', o.employeeA);
    const both = await overview(o);
    expect(both.courses).toBe(2);
    expect(latest(both)).toEqual([
      'Børnehuset Solsikken Sprog [0,0,1]',
      'Børnehuset Solsikken Motorik [0,1,0]',
    ]);
    await db()
      .update(units)
      .set({ parentId: o.units.area.id })
      .where(and(eq(units.orgId, o.org.id), eq(units.id, o.units.room.id)));
    expect(latest(await overview(o))).toEqual([
      'Børnehuset Solsikken Sprog [0,0,1]',
      'Rød stue Motorik [0,1,0]',
    ]);

    // Renamed: the group's name follows.
    await db()
      .update(units)
      .set({ name: 'Børnehuset Mælkevejen' })
      .where(and(eq(units.orgId, o.org.id), eq(units.id, o.units.instA.id)));
    const renamed = await overview(o);
    expect(renamed.groups.map((g) => g.name)).toEqual(['Børnehuset Mælkevejen', 'Rød stue']);

    // The areas redefined above: the new list first, areas still counted after it.
    const put = await req(o.areaLeader, 'PUT', `/progression/units/${o.units.area.id}/areas`, {
      areas: ['Motorik', 'Leg'],
    });
    expect(put.status).toBe(200);
    expect((await overview(o)).areas).toEqual(['Motorik', 'Leg', 'Sprog']);

    // A deleted course leaves the counts and the number of courses.
    expect((await req(o.colleagueA, 'DELETE', `/progression/courses/${course.id}`)).status).toBe(200);
    const left = await overview(o);
    expect(left.courses).toBe(1);
    expect(latest(left)).toEqual(['Rød stue Motorik [0,1,0]']);
  });

  it('moves its quarters on at the quarter’s turn (Copenhagen time)', async () => {
    const o = await buildTwoLayerOrg(db());
    const course = await unitCourse(o);
    await rate(o, course.id, '2026-09-15', 'red');
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    // 23:30 on 30 September in Copenhagen (summer time, UTC+2).
    vi.setSystemTime(new Date('2026-09-30T21:30:00Z'));
    const before = await overview(o);
    expect(before.periods).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(before.rows[0]!.counts.at(-1)).toEqual([1, 0, 0]);
    expect((await overview(o)).periods.at(-1)).toBe('2026-Q3');
    // 00:30 on 1 October in Copenhagen, still 30 September in UTC.
    vi.setSystemTime(new Date('2026-09-30T22:30:00Z'));
    const after = await overview(o);
    expect(after.periods).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(after.rows[0]!.counts.slice(-2)).toEqual([[1, 0, 0], null]);
  });

  it('decides who may see it on every request, and gives each reader their own rights', async () => {
    const o = await buildTwoLayerOrg(db());
    const course = await unitCourse(o);
    await rate(o, course.id, localDay(new Date()), 'yellow');
    // Kept by the area's leader's read; others without the right still get 404.
    const area = await overview(o);
    expect(area.can).toEqual({ openGroups: true });
    for (const outsider of [o.colleagueA, o.employeeA, o.leaderB, o.hr]) {
      const r = await req(outsider, 'GET', `/progression/overview?unitId=${o.units.area.id}`);
      expect(r.status, outsider.name).toBe(404);
      expect(r.json.unit, outsider.name).toBeUndefined();
    }
    // The institution's overview read by its leader and by its staff: one answer, each reader's `can`.
    const byLeader = await overview(o, o.units.instA.id, o.leaderA);
    const byStaff = await overview(o, o.units.instA.id, o.colleagueA);
    const byAreaLeader = await overview(o, o.units.instA.id, o.areaLeader);
    expect(byLeader.can).toEqual({ openGroups: true });
    expect(byStaff.can).toEqual({ openGroups: false });
    expect(byAreaLeader.can).toEqual({ openGroups: true });
    const { can: _a, ...leaderData } = byLeader;
    const { can: _b, ...staffData } = byStaff;
    expect(staffData).toEqual(leaderData);
    expect(latest(byStaff)).toEqual(['Børnehuset Solsikken Sprog [0,1,0]']);
    expect((await overview(o, o.units.instA.id, o.colleagueA)).can).toEqual({ openGroups: false });
    // A membership ended after the answer was kept: the next read is refused.
    await db()
      .delete(memberships)
      .where(and(eq(memberships.orgId, o.org.id), eq(memberships.personId, o.colleagueA.id)));
    const ended = await req(o.colleagueA, 'GET', `/progression/overview?unitId=${o.units.instA.id}`);
    expect(ended.status).toBe(404);
  });
});
