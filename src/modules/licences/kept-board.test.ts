import { sql } from 'drizzle-orm';
import { afterEach, expect, it, vi } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson } from '../../../test/factories.js';
import { addDays, localDay } from '../../shared/time.js';
import { keptBoardCount } from './services/board.js';
import { licenceApi } from './testing.js';

/*
 * The licence board is kept between writes (services/board.ts, keyed by the database's counters):
 * every reader shares one board, with their own right to assign asked on each request, and any
 * write of what the board shows — by the app or around it, as another process would make it —
 * shows in the next request; a licence's status moves with the day.
 */
describeEachEngine('the kept licence board', (env) => {
  const { req, world, mealLicence } = licenceApi(env);
  const db = () => env().database.db;
  afterEach(() => {
    vi.useRealTimers();
  });

  type Board = { people: { name: string; cells: { level: string | null; status: string | null }[] }[] };
  const cells = (board: Board) =>
    Object.fromEntries(board.people.map((p) => [p.name, p.cells[0]?.level ?? null]));

  it('shares one board between readers, each with their own right, and refuses outsiders', async () => {
    const o = await world();
    await mealLicence(o);
    const path = `/licence-boards/${o.units.instA.id}`;
    const leader = await req(o.leaderA, 'GET', path);
    const kept = keptBoardCount();
    const employee = await req(o.employeeA, 'GET', path);
    expect(keptBoardCount()).toBe(kept);
    expect([leader.json.can.assign, employee.json.can.assign]).toEqual([true, false]);
    expect(employee.json.people).toEqual(leader.json.people);
    for (const outsider of [o.hr, o.employeeB]) expect((await req(outsider, 'GET', path)).status).toBe(404);
  });

  it('shows writes made around the app in the next request', async () => {
    const o = await world();
    const definition = await mealLicence(o);
    const path = `/licence-boards/${o.units.instA.id}`;
    const board = async () =>
      (await req(o.leaderA, 'GET', path)).json as Board & { definitions: { task: string }[] };
    expect(cells(await board())['Erik Pædagog']).toBeNull();

    // Each write alone: a licence issued, a person renamed, one deactivated, one joining the unit,
    // the task renamed.
    const today = localDay(new Date());
    await db()
      .execute(sql`insert into licences (org_id, definition_id, person_id, level, issued_on, expires_on)
      values (${o.org.id}, ${definition.id}, ${o.colleagueA.id}, 'A', ${today}, ${addDays(today, 300)})`);
    expect(cells(await board())['Erik Pædagog']).toBe('A');
    await db().execute(sql`update people set name = 'Erik Omdøbt' where id = ${o.colleagueA.id}`);
    expect(Object.keys(cells(await board()))).toContain('Erik Omdøbt');
    await db().execute(sql`update people set active = false where id = ${o.colleagueA.id}`);
    expect(Object.keys(cells(await board()))).not.toContain('Erik Omdøbt');
    const newcomer = await buildPerson(db(), o.org, { name: 'Nanna Ny' });
    await db().execute(sql`insert into memberships (org_id, person_id, unit_id, role)
      values (${o.org.id}, ${newcomer.id}, ${o.units.instA.id}, 'employee')`);
    expect(Object.keys(cells(await board()))).toContain('Nanna Ny');
    await db().execute(sql`update licence_definitions set task = 'Måltidet' where id = ${definition.id}`);
    expect((await board()).definitions.map((d) => d.task)).toEqual(['Måltidet']);
  });

  it('moves a licence from valid to expiring to expired as the days pass, without a write', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    const o = await world();
    const definition = await mealLicence(o);
    await db()
      .execute(sql`insert into licences (org_id, definition_id, person_id, level, issued_on, expires_on)
      values (${o.org.id}, ${definition.id}, ${o.employeeA.id}, 'B', '2026-01-01', '2026-06-15')`);
    const status = async () =>
      ((await req(o.employeeA, 'GET', `/licence-boards/${o.units.instA.id}`)).json as Board).people.find(
        (p) => p.name === 'Dorthe Pædagog',
      )!.cells[0]!.status;
    expect(await status()).toBe('valid');
    vi.setSystemTime(new Date('2026-05-01T10:00:00Z'));
    expect(await status()).toBe('expiring');
    vi.setSystemTime(new Date('2026-06-15T22:30:00Z'));
    expect(await status()).toBe('expired');
  });
});
