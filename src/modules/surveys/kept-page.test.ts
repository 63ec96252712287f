import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  buildOrg,
  buildPerson,
  buildTeam,
  buildUnit,
  signInAs,
  type Person,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { mailsTo } from '../../../test/outbox.js';
import type { Db } from '../../server/db/client.js';
import { keptUnitPages } from './services/unit-page.js';
import { surveyOrg } from './testing.js';

/*
 * A unit's results page is kept between writes (services/unit-page.ts, keyed by the database's
 * counters): every reader shares it, with their own rights asked on each request, and any write of
 * what it is made from — by the app or around it — shows in the next request.
 */
const SC_ITEMS = 18;

async function keptOrg(db: Db) {
  const { org, units, hr, orgAdmin, areaLeader, leaderA, staffA, staffB } = await surveyOrg(db, 6, 5);
  const { area, instA, instB } = units;
  const leaderB = await buildPerson(db, org, { roles: [{ unit: instB, role: 'leader' }] });
  // Two answers below the threshold: they count in Solsikken, the unit above.
  const small = await buildUnit(db, org, { kind: 'department', name: 'Lillestuen', parentId: instA.id });
  const smallStaff: Person[] = [];
  for (let i = 0; i < 2; i++)
    smallStaff.push(await buildPerson(db, org, { roles: [{ unit: small, role: 'employee' }] }));
  const team = await buildTeam(db, org, {
    unit: instA,
    kind: 'unit_staff',
    name: 'Personalet',
    members: staffA,
  });
  const elsewhere = await buildOrg(db);
  const strangerUnit = await buildUnit(db, elsewhere, { kind: 'administration' });
  const stranger = await buildPerson(db, elsewhere, { roles: [{ unit: strangerUnit, role: 'hr' }] });
  return {
    org,
    units: { area, instA, instB, small },
    hr,
    orgAdmin,
    areaLeader,
    leaderA,
    leaderB,
    staffA,
    staffB,
    smallStaff,
    team,
    stranger,
  };
}
type KeptOrg = Awaited<ReturnType<typeof keptOrg>>;

describeEachEngine('surveys: a unit’s page kept between writes', (env) => {
  const db = () => env().database.db;
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await signInAs(db(), env().config, who), body });

  /** A round to the area, answered by both institutions (7 and 6 answers) and Lillestuen (2), with comments, left open. */
  async function answeredRound(o: KeptOrg, title: string) {
    const opened = await req(o.hr, 'POST', '/surveys/rounds', {
      instrument: 'social_capital',
      title,
      unitIds: [o.units.area.id],
      days: 14,
    });
    expect(opened.status, opened.text).toBe(201);
    const people = [o.leaderA, ...o.staffA, o.leaderB, ...o.staffB, ...o.smallStaff];
    for (const [i, person] of people.entries()) {
      const [mail] = await mailsTo(db(), o.org.id, person.email!);
      const token = /\/s\/([\w-]+)/.exec(mail!.text)![1]!;
      const answered = await req(person, 'POST', `/surveys/answer/${token}`, {
        scores: Array.from({ length: SC_ITEMS }, () => 1 + (i % 5)),
        comment: `Kommentar ${i}`,
      });
      expect(answered.status, answered.text).toBe(201);
    }
    return opened.json.round.id as string;
  }

  async function closedRound(o: KeptOrg, title = 'Social kapital 2027') {
    const settings = await req(o.hr, 'PUT', '/surveys/settings', {
      threshold: 5,
      commentThreshold: 5,
      version: 0,
    });
    expect(settings.status, settings.text).toBe(200);
    const id = await answeredRound(o, title);
    expect((await req(o.hr, 'POST', `/surveys/rounds/${id}/close`)).status).toBe(200);
    return id;
  }

  const page = async (who: Person, id: string, unitId: string) => {
    const res = await req(who, 'GET', `/surveys/rounds/${id}/units/${unitId}`);
    expect(res.status, res.text).toBe(200);
    return res.json;
  };

  // The part every reader shares: all but the reader's rights, comments as a set (their order is new each time).
  const sharedPart = (json: Record<string, unknown> & { round: { can: unknown }; comments: string[] }) => {
    const { can: _can, teams: _teams, comments, round, ...rest } = json;
    const { can: _manage, ...roundRest } = round;
    return { ...rest, round: roundRest, comments: [...comments].sort() };
  };

  it('readers share one kept page with their own rights; a reader without access still gets 404', async () => {
    const o = await keptOrg(db());
    const id = await closedRound(o);
    const start = keptUnitPages.size;

    const mine = await page(o.leaderA, id, o.units.instA.id);
    expect(mine.group).toMatchObject({ respondents: 9, rolledUp: [{ name: 'Lillestuen' }] });
    expect(mine.comments).toHaveLength(9);
    expect([mine.can, mine.teams, mine.round.can]).toEqual([
      { act: true },
      [{ id: o.team.id, name: 'Personalet', kind: 'unit_staff' }],
      { manage: false },
    ]);
    const above = await page(o.areaLeader, id, o.units.instA.id);
    expect([above.can, above.teams, above.round.can]).toEqual([{ act: false }, [], { manage: false }]);
    const hr = await page(o.hr, id, o.units.instA.id);
    expect([hr.can, hr.teams, hr.round.can]).toEqual([{ act: false }, [], { manage: true }]);
    expect(sharedPart(above)).toEqual(sharedPart(mine));
    expect(sharedPart(hr)).toEqual(sharedPart(mine));
    expect(keptUnitPages.size).toBe(start + 1);

    // With the page kept: the other institution's leader, the staff and another organisation get 404.
    for (const who of [o.leaderB, o.staffA[0]!, o.stranger])
      expect((await req(who, 'GET', `/surveys/rounds/${id}/units/${o.units.instA.id}`)).status).toBe(404);
    // A unit or round that is not there, for a reader who may read every unit.
    expect((await req(o.hr, 'GET', `/surveys/rounds/${id}/units/${o.team.id}`)).status).toBe(404);
    expect((await req(o.hr, 'GET', `/surveys/rounds/${o.team.id}/units/${o.units.instA.id}`)).status).toBe(
      404,
    );
    expect(keptUnitPages.size).toBe(start + 1);

    // It is kept: a write the counters do not see (the trigger off for one transaction) is not read…
    await db().transaction(async (tx) => {
      await tx.execute(sql`alter table survey_rounds disable trigger user`);
      await tx.execute(sql`update survey_rounds set title = 'Uset titel' where id = ${id}::uuid`);
      await tx.execute(sql`alter table survey_rounds enable trigger user`);
    });
    expect((await page(o.leaderA, id, o.units.instA.id)).round.title).toBe('Social kapital 2027');
    // …and every write they see is, by any writer.
    await db().execute(sql`update survey_rounds set title = 'Ny titel' where id = ${id}::uuid`);
    const next = await page(o.areaLeader, id, o.units.instA.id);
    expect(next.round.title).toBe('Ny titel');
    expect([next.can, next.teams]).toEqual([{ act: false }, []]);
  });

  it('a unit renamed or moved shows in the next request', async () => {
    const o = await keptOrg(db());
    const id = await closedRound(o);
    expect((await page(o.leaderA, id, o.units.instA.id)).group).toMatchObject({
      unit: { name: 'Solsikken' },
      respondents: 9,
      rolledUp: [{ name: 'Lillestuen' }],
    });
    const path = `/surveys/rounds/${id}/units/${o.units.small.id}`;
    expect((await req(o.leaderB, 'GET', path)).status).toBe(404);

    // Renamed around the app, as another process would.
    await db().execute(sql`update units set name = 'Solsikken Syd' where id = ${o.units.instA.id}::uuid`);
    const renamed = await page(o.leaderA, id, o.units.instA.id);
    expect([renamed.unit.name, renamed.group.unit.name]).toEqual(['Solsikken Syd', 'Solsikken Syd']);

    // Lillestuen moved under Mælkebøtten: its answers go with it, and Mælkebøtten's leader now reads it.
    const moved = await req(o.orgAdmin, 'POST', `/units/${o.units.small.id}/move`, {
      parentId: o.units.instB.id,
    });
    expect(moved.status, moved.text).toBe(200);
    expect((await page(o.leaderA, id, o.units.instA.id)).group).toMatchObject({
      respondents: 7,
      rolledUp: [],
    });
    const small = await page(o.leaderB, id, o.units.small.id);
    expect(small.placement).toMatchObject({ placement: 'rolled_up', into: { name: 'Mælkebøtten' } });
    expect(small.group).toMatchObject({ unit: { name: 'Mælkebøtten' }, respondents: 8 });
    expect((await req(o.leaderA, 'GET', path)).status).toBe(404);
  });

  it('a round’s threshold or totals changed show in the next request', async () => {
    const o = await keptOrg(db());
    const id = await closedRound(o);
    const before = await page(o.leaderA, id, o.units.instA.id);
    expect([before.placement.placement, before.group.respondents, before.round.invited]).toEqual([
      'own',
      9,
      16,
    ]);

    // Neither institution reaches 10: both count in the area.
    await db().execute(sql`update survey_rounds set threshold = 10 where id = ${id}::uuid`);
    const raised = await page(o.leaderA, id, o.units.instA.id);
    expect(raised.round.threshold).toBe(10);
    expect(raised.placement).toMatchObject({ placement: 'rolled_up', into: { name: 'Område Nord' } });
    expect(raised.group).toMatchObject({ unit: { name: 'Område Nord' }, respondents: 15 });

    await db().execute(
      sql`update survey_rounds set totals = jsonb_set(totals, '{invited}', '99') where id = ${id}::uuid`,
    );
    expect((await page(o.leaderA, id, o.units.instA.id)).round.invited).toBe(99);
  });

  it('a round of the trend sealed late, when it has closed by time, joins the trend and the page is kept again', async () => {
    const o = await keptOrg(db());
    const settings = await req(o.hr, 'PUT', '/surveys/settings', {
      threshold: 5,
      commentThreshold: 5,
      version: 0,
    });
    expect(settings.status).toBe(200);
    const earlier = await answeredRound(o, 'Forår');
    const later = await answeredRound(o, 'Efterår');
    expect((await req(o.hr, 'POST', `/surveys/rounds/${later}/close`)).status).toBe(200);
    // The earlier round closes by time in a moment, with no write when it does.
    await db().execute(
      sql`update survey_rounds set closes_at = now() + interval '3 seconds' where id = ${earlier}::uuid`,
    );
    const start = keptUnitPages.size;

    const open = await page(o.leaderA, later, o.units.instA.id);
    expect(open.trend.map((t: { round: { name: string } }) => t.round.name)).toEqual(['Efterår']);
    expect(keptUnitPages.size).toBe(start);

    await new Promise((resolve) => setTimeout(resolve, 3100));
    const closed = await page(o.leaderA, later, o.units.instA.id);
    expect(closed.trend.map((t: { round: { name: string } }) => t.round.name)).toEqual(['Forår', 'Efterår']);
    const [row] = (
      (await db().execute(sql`select sealed from survey_rounds where id = ${earlier}::uuid`)) as unknown as {
        rows: { sealed: boolean }[];
      }
    ).rows;
    expect(row!.sealed).toBe(true);
    expect(keptUnitPages.size).toBe(start);

    // Every round of its trend sealed: kept from now on, and the same.
    const kept = await page(o.areaLeader, later, o.units.instA.id);
    expect(keptUnitPages.size).toBe(start + 1);
    expect(sharedPart(kept)).toEqual(sharedPart(closed));
  });
});
