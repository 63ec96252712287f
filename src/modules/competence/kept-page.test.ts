import { and, eq, sql } from 'drizzle-orm';
import { afterEach, expect, it, vi } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { auditEvents } from '../../server/audit/schema.js';
import { keptInitiativePages } from './services/get-initiative.js';
import { areaFrameItems, competenceApi } from './testing.js';

/*
 * The initiative page is kept between writes (services/get-initiative.ts, keyed by the database's
 * counters): every reader is cut their own rows from one kept page, their relation and access-log
 * rows decided on each request, and any write of what the page shows — by the app or around it,
 * as another process would make it — shows in the next request.
 */
describeEachEngine('the kept initiative page', (env) => {
  const { req } = competenceApi(env);
  const db = () => env().database.db;
  afterEach(() => {
    vi.useRealTimers();
  });

  async function initiativeOfTwo() {
    const o = await buildTwoLayerOrg(db());
    const created = await req(o.areaLeader, 'POST', '/initiatives', {
      unitId: o.units.area.id,
      title: 'Måltidet',
    });
    const id = created.json.initiative.id as string;
    for (const p of [o.employeeA, o.employeeB])
      expect(
        (
          await req(o.areaLeader, 'POST', `/initiatives/${id}/participants`, {
            personId: p.id,
            currentLevel: 'beginner',
            targetLevel: 'independently',
          })
        ).status,
      ).toBe(201);
    return { o, id, path: `/initiatives/${id}` };
  }

  const names = (page: { initiative: { participants: { person: { name: string } }[] } }) =>
    page.initiative.participants.map((p) => p.person.name);

  it('cuts each reader their own rows from one kept page, and still refuses outsiders', async () => {
    const { o, path } = await initiativeOfTwo();
    const owner = (await req(o.areaLeader, 'GET', path)).json;
    const kept = keptInitiativePages();
    const mine = (await req(o.employeeA, 'GET', path)).json;
    const led = (await req(o.leaderB, 'GET', path)).json;
    expect(keptInitiativePages()).toBe(kept);
    expect([owner, mine, led].map((p) => [p.initiative.relation, p.initiative.can.edit, names(p)])).toEqual([
      ['owner', true, [o.employeeA.name, o.employeeB.name].sort((a, b) => a.localeCompare(b, 'da'))],
      ['participant', false, [o.employeeA.name]],
      ['leader', false, [o.employeeB.name]],
    ]);
    // Everyone is told how many take part, whose rows they may not see.
    expect(mine.initiative.participantCount).toBe(2);
    for (const outsider of [o.hr, o.colleagueA])
      expect((await req(outsider, 'GET', path)).status, outsider.name).toBe(404);
    // The access log still has each read of another's levels, once a day, from the kept page.
    await req(o.leaderB, 'GET', path);
    const logged = await db()
      .select({ subject: auditEvents.subjectPersonId })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, o.leaderB.id), eq(auditEvents.action, 'initiative_levels.read')));
    expect(logged).toEqual([{ subject: o.employeeB.id }]);
  });

  it('shows writes made around the app in the next request', async () => {
    const { o, id, path } = await initiativeOfTwo();
    const [item] = await areaFrameItems(db(), o, [{ kind: 'strategic_goal', title: 'Alle børn trives' }]);
    await req(o.areaLeader, 'PUT', `${path}/frame-items`, { frameItemIds: [item!.id] });
    expect((await req(o.areaLeader, 'GET', path)).status).toBe(200);

    // Each write alone, as another process would make it, then the page: a participant renamed (as
    // the OS2mo sync does), a frame item retitled, a plan line added.
    const page = async () => (await req(o.areaLeader, 'GET', path)).json.initiative;
    await db().execute(sql`update people set name = 'Dorthe Omdøbt' where id = ${o.employeeA.id}`);
    expect((await page()).participants.map((p: { person: { name: string } }) => p.person.name)).toContain(
      'Dorthe Omdøbt',
    );
    await db().execute(
      sql`update frame_items set title = 'Alle børn trives hver dag' where id = ${item!.id}`,
    );
    expect((await page()).frameItems.map((f: { title: string }) => f.title)).toEqual([
      'Alle børn trives hver dag',
    ]);
    await db().execute(sql`insert into competence_plan_lines (org_id, initiative_id, kind, phase, text)
      values (${o.org.id}, ${id}, 'track', 'trial', 'Afprøvning i stuerne')`);
    expect((await page()).planLines.map((l: { text: string }) => l.text)).toEqual(['Afprøvning i stuerne']);

    // A participant removed around the app leaves the participant's own page at once.
    await db().execute(
      sql`delete from competence_initiative_participants where initiative_id = ${id} and person_id = ${o.employeeB.id}`,
    );
    expect((await req(o.employeeB, 'GET', path)).status).toBe(404);
    expect((await req(o.areaLeader, 'GET', path)).json.initiative.participantCount).toBe(1);
  });

  it('marks a follow-up missing once its day has passed, without a write', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    const { o, path } = await initiativeOfTwo();
    const course = await req(o.areaLeader, 'POST', `${path}/courses`, {
      personId: o.employeeA.id,
      title: 'Kursus i den svære samtale',
      courseOn: '2026-03-02',
    });
    expect(course.status, course.text).toBe(201);
    const followUpOn = course.json.initiative.courses[0].followUpOn as string;
    const missing = async () =>
      (await req(o.areaLeader, 'GET', path)).json.initiative.courses.map(
        (c: { followUpMissing: boolean }) => c.followUpMissing,
      );
    expect(await missing()).toEqual([false]);
    // The evening of the follow-up day in Copenhagen, then the next morning.
    vi.setSystemTime(new Date(`${followUpOn}T20:00:00Z`));
    expect(await missing()).toEqual([false]);
    vi.setSystemTime(new Date(`${followUpOn}T23:30:00Z`));
    expect(await missing()).toEqual([true]);
  });
});
