import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { meetingDays, occurrence } from './cadence.js';
import { forums } from './schema.js';

describe('meeting days by cadence', () => {
  it('steps weeks from the anchor and finds the next days from any day', () => {
    const c = { every: 2, unit: 'week', anchor: '2026-01-05' } as const;
    expect(meetingDays(c, '2026-01-01', '2026-02-28')).toEqual([
      '2026-01-05',
      '2026-01-19',
      '2026-02-02',
      '2026-02-16',
    ]);
    expect(meetingDays(c, '2026-01-20', '2026-12-31', 2)).toEqual(['2026-02-02', '2026-02-16']);
    // Across summer time and years, still Mondays.
    for (const day of meetingDays(c, '2026-03-01', '2028-01-01')) expect(new Date(day).getUTCDay()).toBe(1);
  });

  it('keeps the anchor’s day of the month, or the month’s last day, without drifting', () => {
    const c = { every: 1, unit: 'month', anchor: '2027-01-31' } as const;
    expect(meetingDays(c, '2027-01-01', '2027-05-31')).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
    ]);
    expect(occurrence({ every: 3, unit: 'month', anchor: '2027-11-15' }, 1)).toBe('2028-02-15');
    expect(
      meetingDays({ every: 6, unit: 'month', anchor: '2020-08-31' }, '2028-01-01', '2028-12-31'),
    ).toEqual(['2028-02-29', '2028-08-31']);
  });
});

/** The hand-written backfill of the structure migration, as it runs on an existing database. */
function backfillStatements(): string[] {
  const dir = join(import.meta.dirname, '../../../drizzle');
  const file = readdirSync(dir).find(
    (f) => f.endsWith('.sql') && readFileSync(join(dir, f), 'utf8').includes('"cadence_every" = p.every'),
  );
  if (!file) throw new Error('no migration holds the cadence backfill');
  return readFileSync(join(dir, file), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.replace(/^--.*$/gm, '').trim())
    .filter((s) => s.startsWith('UPDATE "forums"'));
}

describeEachEngine('a forum’s structured cadence', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });
  const base = (unitId: string) => ({ unitId, level: 'intervention', name: 'Personalemøde' });

  it('refuses a cadence of 0, an absurd one, half of one, and bad lengths, times and dates, on the field', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const unit = o.units.instA.id;
    const cases: [Record<string, unknown>, string][] = [
      [{ cadenceEvery: 0, cadenceUnit: 'week' }, 'cadenceEvery'],
      [{ cadenceEvery: 53, cadenceUnit: 'week' }, 'cadenceEvery'],
      [{ cadenceEvery: 13, cadenceUnit: 'month' }, 'cadenceEvery'],
      [{ cadenceEvery: 1.5, cadenceUnit: 'week' }, 'cadenceEvery'],
      [{ cadenceEvery: 2 }, 'cadenceUnit'],
      [{ cadenceUnit: 'month' }, 'cadenceEvery'],
      [{ cadenceEvery: 2, cadenceUnit: 'fortnight' }, 'cadenceUnit'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
      [{ durationMinutes: 10_000 }, 'durationMinutes'],
      [{ meetingTime: '25:00' }, 'meetingTime'],
      [{ firstMeetingOn: '0000-01-01' }, 'firstMeetingOn'],
      [{ purpose: 'x'.repeat(1001) }, 'purpose'],
    ];
    for (const [extra, field] of cases) {
      const res = await req(o.leaderA, 'POST', '/forums', { ...base(unit), ...extra });
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    const made = await req(o.leaderA, 'POST', '/forums', base(unit));
    const patch = await req(o.leaderA, 'PATCH', `/forums/${made.json.forum.id}`, {
      cadenceEvery: 60,
      cadenceUnit: 'week',
      version: 1,
    });
    expect(patch.status).toBe(400);
    // Only clearing the old text is accepted, never writing it.
    expect(
      (
        await req(o.leaderA, 'PATCH', `/forums/${made.json.forum.id}`, {
          cadenceNote: 'hver uge',
          version: 1,
        })
      ).status,
    ).toBe(400);
  });

  it('counts the next meetings from the first meeting day, or else from the last held one', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const unit = o.units.instA.id;
    const today = new Date().toISOString().slice(0, 10);
    const made = await req(o.leaderA, 'POST', '/forums', {
      ...base(unit),
      cadenceEvery: 1,
      cadenceUnit: 'week',
      durationMinutes: 45,
      firstMeetingOn: '2026-01-05',
      meetingTime: '14:00',
    });
    expect(made.status, made.text).toBe(201);
    const next = made.json.forum.nextMeetings as string[];
    expect(next).toHaveLength(3);
    for (const day of next) {
      expect(new Date(day).getUTCDay()).toBe(1);
      expect(day >= today.replace(/\d\d$/, '00')).toBe(true);
    }
    const noAnchor = await req(o.leaderA, 'POST', '/forums', {
      ...base(unit),
      cadenceEvery: 1,
      cadenceUnit: 'month',
    });
    expect(noAnchor.json.forum.nextMeetings).toEqual([]);
    const held = await req(o.leaderA, 'POST', `/forums/${noAnchor.json.forum.id}/meetings`, {
      heldOn: today,
    });
    expect(held.status, held.text).toBe(201);
    const after = await req(o.colleagueA, 'GET', `/forums/${noAnchor.json.forum.id}`);
    expect(after.json.forum, after.text).toBeTruthy();
    expect(after.json.forum.nextMeetings[0]).toBe(today);
  });

  it('the migration carries over what parses; what does not stays, shown to the forum’s managers only', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const db = env().database.db;
    const legacy: [string | null, string | null][] = [
      ['Hver anden uge', '45 minutter'],
      ['hver uge', '1 time'],
      ['Månedligt', '1,5 time'],
      ['Hver 3. uge', '90 min.'],
      ['Kvartalsvis', 'halvanden time'],
      ['Hver 14. dag', '2 timer'],
      ['Every 2 weeks', '30 minutes'],
      ['Hver anden tirsdag i lige uger', 'Til vi er færdige'],
      ['Hver 99. måned', '0 min'],
      [null, null],
    ];
    const ids: string[] = [];
    for (const [i, [cadence, duration]] of legacy.entries()) {
      const [row] = await db
        .insert(forums)
        .values({
          orgId: o.org.id,
          unitId: o.units.instA.id,
          level: 'intervention',
          name: `Forum ${i}`,
          cadenceNote: cadence,
          durationNote: duration,
        })
        .returning({ id: forums.id });
      ids.push(row!.id);
    }
    for (const statement of backfillStatements()) await db.execute(sql.raw(statement));
    const rows = await db
      .select()
      .from(forums)
      .where(and(eq(forums.orgId, o.org.id)));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const got = ids.map((id) => {
      const r = byId.get(id)!;
      return [r.cadenceEvery, r.cadenceUnit, r.cadenceNote, r.durationMinutes, r.durationNote];
    });
    expect(got).toEqual([
      [2, 'week', null, 45, null],
      [1, 'week', null, 60, null],
      [1, 'month', null, 90, null],
      [3, 'week', null, 90, null],
      [3, 'month', null, 90, null],
      [2, 'week', null, 120, null],
      [2, 'week', null, 30, null],
      [null, null, 'Hver anden tirsdag i lige uger', null, 'Til vi er færdige'],
      [null, null, 'Hver 99. måned', null, '0 min'],
      [null, null, null, null, null],
    ]);

    const kept = ids[7]!;
    const byLeader = await req(o.leaderA, 'GET', `/forums/${kept}`);
    expect(byLeader.json.forum).toMatchObject({
      cadenceNote: 'Hver anden tirsdag i lige uger',
      durationNote: 'Til vi er færdige',
    });
    const byStaff = await req(o.colleagueA, 'GET', `/forums/${kept}`);
    expect(byStaff.json.forum).toMatchObject({ cadenceNote: null, durationNote: null });
    // Carried over by the leader: the old text is cleared with the structured values.
    const saved = await req(o.leaderA, 'PATCH', `/forums/${kept}`, {
      cadenceEvery: 2,
      cadenceUnit: 'week',
      durationMinutes: 60,
      cadenceNote: null,
      durationNote: null,
      version: 1,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json.forum).toMatchObject({ cadenceEvery: 2, cadenceNote: null, durationNote: null });
  });
});
