import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { contextFor } from '../../../test/policy-world.js';
import { initiativeDetail, loadReadableInitiative } from './records.js';
import { areaFrameItems, competenceApi } from './testing.js';

/*
 * The initiative page is one prepared statement (page-statement.ts); the writes still answer with
 * initiativeDetail on the policy functions (records.ts, access.ts). Both must give every reader the
 * same initiative, or the page and the answer to an edit would disagree about who sees what.
 */
describeEachEngine('the initiative page statement', (env) => {
  const { req } = competenceApi(env);

  it('answers every reader as initiativeDetail does, and 404 where it finds no relation', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    const other = await buildTwoLayerOrg(db);
    const created = await req(o.areaLeader, 'POST', '/initiatives', {
      unitId: o.units.area.id,
      title: 'Måltidet',
    });
    const id = created.json.initiative.id as string;
    const path = `/initiatives/${id}`;
    for (const [p, level] of [
      [o.employeeA, 'beginner'],
      [o.colleagueA, 'very_experienced'],
      [o.employeeB, 'some_experience'],
    ] as const)
      expect(
        (
          await req(o.areaLeader, 'POST', `${path}/participants`, {
            personId: p.id,
            currentLevel: level,
            targetLevel: 'independently',
            proposedGoal: `Mål for ${p.name}`,
          })
        ).status,
      ).toBe(201);
    const items = await areaFrameItems(db, o, [
      { kind: 'strategic_goal', title: 'Alle børn trives', position: 2 },
      { kind: 'focus_area', title: 'Måltidet', position: 1 },
    ]);
    await req(o.areaLeader, 'PUT', `${path}/frame-items`, { frameItemIds: items.map((i) => i.id) });
    await req(o.areaLeader, 'POST', `${path}/plan`, {
      kind: 'track',
      phase: 'knowledge_building',
      text: 'Temadag',
      formats: ['theme_day'],
      people: 'Ekstern konsulent',
      startsOn: '2026-02-01',
      endsOn: '2026-02-01',
    });
    const anchor = await req(o.areaLeader, 'POST', `${path}/plan`, {
      kind: 'anchor',
      phase: 'support',
      text: 'Sparring hver måned',
      ownerId: o.leaderA.id,
    });
    expect(anchor.status, anchor.text).toBe(201);
    const line = anchor.json.initiative.planLines.find((l: { text: string }) =>
      l.text.startsWith('Sparring'),
    );
    await req(o.areaLeader, 'PATCH', `${path}/plan/${line.id}`, { version: line.version, done: true });
    // A course of each institution's participant: one followed up, one whose follow-up is missing.
    for (const p of [o.employeeA, o.employeeB])
      expect(
        (
          await req(o.areaLeader, 'POST', `${path}/courses`, {
            personId: p.id,
            title: 'Kursus i den svære samtale',
            courseOn: '2025-03-01',
            expectations: 'At turde spørge',
          })
        ).status,
      ).toBe(201);
    const withCourses = await req(o.areaLeader, 'GET', path);
    const course = withCourses.json.initiative.courses.find(
      (c: { person: { id: string } }) => c.person.id === o.employeeB.id,
    );
    await req(o.areaLeader, 'PATCH', `${path}/courses/${course.id}`, {
      version: course.version,
      followUp: 'Det virker',
      followedUp: true,
    });

    const readers = [
      o.areaLeader,
      o.leaderA,
      o.leaderB,
      o.employeeA,
      o.colleagueA,
      o.employeeB,
      o.hr,
      other.leaderA,
    ];
    const relations: Record<string, string | number> = {};
    for (const reader of readers) {
      const page = await req(reader, 'GET', path);
      const ctx = await contextFor(env(), reader);
      const before = await loadReadableInitiative(ctx, id).then(
        (found) => initiativeDetail(ctx, found.row, found.access),
        () => null,
      );
      if (!before) {
        expect(page.status, reader.name).toBe(404);
        relations[reader.name] = 404;
        continue;
      }
      expect(page.status, reader.name).toBe(200);
      expect(page.json.initiative, reader.name).toEqual(JSON.parse(JSON.stringify(before)));
      relations[reader.name] =
        `${page.json.initiative.relation}: ${page.json.initiative.participants.length} participants, ${page.json.initiative.courses.length} courses`;
    }
    expect(relations).toEqual({
      [o.areaLeader.name]: 'owner: 3 participants, 2 courses',
      [o.leaderA.name]: 'leader: 2 participants, 1 courses',
      [o.leaderB.name]: 'leader: 1 participants, 1 courses',
      [o.employeeA.name]: 'participant: 1 participants, 1 courses',
      [o.colleagueA.name]: 'participant: 1 participants, 0 courses',
      [o.employeeB.name]: 'participant: 1 participants, 1 courses',
      [o.hr.name]: 404,
      [other.leaderA.name]: 404,
    });
    // The page's parts as written: ordered frame items, the done arrangement, the missing follow-up.
    const page = (await req(o.areaLeader, 'GET', path)).json.initiative;
    expect(page.frameItems.map((f: { title: string }) => f.title)).toEqual(['Måltidet', 'Alle børn trives']);
    expect(page.planLines.map((l: { text: string; done: boolean }) => [l.text, l.done])).toEqual([
      ['Temadag', false],
      ['Sparring hver måned', true],
    ]);
    expect(
      page.courses.map(
        (c: { person: { id: string }; followUpMissing: boolean; followedUpAt: string | null }) => [
          c.person.id,
          c.followUpMissing,
          c.followedUpAt === null,
        ],
      ),
    ).toEqual([
      [o.employeeA.id, true, true],
      [o.employeeB.id, false, false],
    ]);
  });
});
