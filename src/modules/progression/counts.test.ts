import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { localDay } from '../../shared/time.js';
import { rebuildProgressionCounts } from './counts.js';
import { quarterStart } from './services/overview.js';
import { progressionApi } from './testing.js';

/** A day in the quarter `back` quarters before today's: `month` 0–2 within it. */
function dayIn(back: number, month: number, day: number) {
  const start = quarterStart(localDay(new Date()), back);
  const m = Number(start.slice(5, 7)) + month;
  return `${start.slice(0, 4)}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describeEachEngine('progression: the overviews’ counts kept as ratings are recorded', (env) => {
  const { req, unitCourse } = progressionApi(env);

  /** The organisation's non-empty counts, as "unit area quarter red/yellow/green". */
  async function counts(orgId: string) {
    const result = (await env().database.db.execute(sql`
      select unit_id::text || ' ' || area || ' ' || quarter::text || ' ' || red || '/' || yellow || '/' || green as c
      from progression_counts where org_id = ${orgId}::uuid and red + yellow + green > 0
      order by 1`)) as unknown as { rows: { c: string }[] };
    return result.rows.map((r) => r.c);
  }

  /** The counts kept so far equal those derived afresh from every rating. */
  async function expectSameAsRebuilt(orgId: string) {
    const kept = await counts(orgId);
    await rebuildProgressionCounts(env().database.db, orgId);
    expect(kept).toEqual(await counts(orgId));
    return kept;
  }

  it('each course counts once per area and quarter, at its latest level, through corrections and a deletion', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const orgId = o.org.id;
    const course = await unitCourse(o);
    const other = await unitCourse(o);
    const rate = (id: string, ratedOn: string, levels: [string, string][]) =>
      req(o.colleagueA, 'POST', `/progression/courses/${id}/ratings`, {
        ratedOn,
        levels: levels.map(([area, level]) => ({ area, level })),
      });
    const unit = o.units.instA.id;
    const q1 = quarterStart(localDay(new Date()), 1);

    expect(
      (
        await rate(course.id, dayIn(1, 0, 10), [
          ['Sprog', 'red'],
          ['Motorik', 'yellow'],
        ])
      ).status,
    ).toBe(200);
    expect(await expectSameAsRebuilt(orgId)).toEqual([
      `${unit} Motorik ${q1} 0/1/0`,
      `${unit} Sprog ${q1} 1/0/0`,
    ]);
    // A later rating in the same quarter replaces the course's level there; an earlier one does not.
    await rate(course.id, dayIn(1, 2, 5), [['Sprog', 'green']]);
    await rate(course.id, dayIn(1, 0, 3), [['Sprog', 'yellow']]);
    // A double tap on the same day corrects that day's level.
    await rate(course.id, dayIn(1, 0, 10), [['Motorik', 'green']]);
    await rate(other.id, dayIn(1, 1, 1), [['Sprog', 'green']]);
    expect(await expectSameAsRebuilt(orgId)).toEqual([
      `${unit} Motorik ${q1} 0/0/1`,
      `${unit} Sprog ${q1} 0/0/2`,
    ]);
    // Another quarter is counted apart; a deleted course leaves the counts.
    await rate(other.id, dayIn(0, 0, 1) <= localDay(new Date()) ? dayIn(0, 0, 1) : dayIn(2, 0, 1), [
      ['Sprog', 'red'],
    ]);
    expect(await expectSameAsRebuilt(orgId)).toHaveLength(3);
    expect((await req(o.colleagueA, 'DELETE', `/progression/courses/${other.id}`)).status).toBe(200);
    expect(await expectSameAsRebuilt(orgId)).toEqual([
      `${unit} Motorik ${q1} 0/0/1`,
      `${unit} Sprog ${q1} 0/0/1`,
    ]);

    // The overview reads these counts: the course once per area in its quarter, at its latest level.
    const overview = await req(o.leaderA, 'GET', `/progression/overview?unitId=${unit}`);
    const period = overview.json.periods.length - 2;
    expect(overview.json.courses).toBe(1);
    expect(
      overview.json.rows.map((r: { area: string; counts: unknown[] }) => [r.area, r.counts[period]]),
    ).toEqual([
      ['Sprog', [0, 0, 1]],
      ['Motorik', [0, 0, 1]],
    ]);
  });
});
