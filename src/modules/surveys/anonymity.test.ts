import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, buildUnit, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { mailsTo } from '../../../test/outbox.js';
import { surveyOrg, type SurveyOrg } from './testing.js';

const SC_ITEMS = 18;
const answer = (score: number, comment?: string) => ({
  scores: Array.from({ length: SC_ITEMS }, () => score),
  ...(comment ? { comment } : {}),
});

// Every results route (heat map, unit page, relationship) with groups of threshold − 1, threshold, and
// two overlapping groups that differ by one respondent. The CSV exports are made from these answers.
describeEachEngine('survey anonymity', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });
  const answerAs = async (o: SurveyOrg, p: Person, score: number, comment?: string) => {
    const [mail] = await mailsTo(env().database.db, o.org.id, p.email!);
    const token = /\/s\/([\w-]+)/.exec(mail!.text)![1]!;
    const res = await req(p, 'POST', `/surveys/answer/${token}`, answer(score, comment));
    expect(res.status, res.text).toBe(201);
  };
  const openRound = async (o: SurveyOrg) => {
    const res = await req(o.hr, 'POST', '/surveys/rounds', {
      instrument: 'social_capital',
      unitIds: [o.units.area.id],
    });
    expect(res.status, res.text).toBe(201);
    return res.json.round.id as string;
  };
  const routes = (o: SurveyOrg, id: string) => [
    `/surveys/rounds/${id}/results`,
    `/surveys/rounds/${id}/units/${o.units.instA.id}`,
    `/surveys/rounds/${id}/units/${o.units.instB.id}`,
    `/surveys/rounds/${id}/relationship?x=socialCapital&y=learningCommunity`,
  ];

  it('a unit of threshold − 1 counts in the unit above, which shows at exactly the threshold', async () => {
    const o = await surveyOrg(env().database.db, 5, 4);
    const id = await openRound(o);
    for (const p of [o.leaderA, ...o.staffA]) await answerAs(o, p, 4, 'Godt samarbejde');
    for (const p of [o.areaLeader, ...o.staffB]) await answerAs(o, p, 2);

    // While the round is open nothing but counts leaves the server.
    const early = await req(o.hr, 'GET', `/surveys/rounds/${id}/results`);
    expect([early.json.groups, early.json.organisation]).toEqual([[], null]);
    await req(o.hr, 'POST', `/surveys/rounds/${id}/close`);

    const heat = await req(o.hr, 'GET', `/surveys/rounds/${id}/results`);
    expect(heat.status).toBe(200);
    const rows = heat.json.groups.map(
      (g: { unit: { name: string }; respondents: number; rolledUp: { name: string }[] }) => [
        g.unit.name,
        g.respondents,
        g.rolledUp.map((u) => u.name),
      ],
    );
    expect(rows).toEqual([
      ['Område Nord', 5, ['Mælkebøtten']],
      ['Solsikken', 6, []],
    ]);
    expect(heat.json.organisation.respondents).toBe(11);
    const index = (g: { indices: { key: string; points: number }[] }, key: string) =>
      g.indices.find((i) => i.key === key)!.points;
    // All 4s: trust in management holds one reversed item (4 → 2), so (4+4+4+2)/4 = 3.5 → 62.5 points.
    const solsikken = heat.json.groups[1];
    expect([
      index(solsikken, 'trustVertical'),
      index(solsikken, 'justice'),
      index(solsikken, 'socialCapital'),
    ]).toEqual([63, 75, 72]);
    expect(heat.json.placements).toContainEqual({
      unit: { id: o.units.instB.id, name: 'Mælkebøtten' },
      placement: 'rolled_up',
      into: { id: o.units.area.id, name: 'Område Nord' },
    });

    // Institution B's page says where its answers are; its leader above reads the area's group.
    const b = await req(o.areaLeader, 'GET', `/surveys/rounds/${id}/units/${o.units.instB.id}`);
    expect(b.json.placement).toMatchObject({ placement: 'rolled_up', into: { name: 'Område Nord' } });
    expect(b.json.group.respondents).toBe(5);
    expect(b.json.group.distribution[0].counts).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 5 },
      { value: 3, count: 0 },
      { value: 4, count: 0 },
      { value: 5, count: 0 },
    ]);
    // Six answers are below the comment threshold (10): no comments.
    const a = await req(o.leaderA, 'GET', `/surveys/rounds/${id}/units/${o.units.instA.id}`);
    expect(a.json.group.respondents).toBe(6);
    expect(a.json.comments).toBeNull();
    expect(a.json.trend).toHaveLength(1);

    // A leader sees their own part of the heat map, and the organisation's average.
    const mine = await req(o.leaderA, 'GET', `/surveys/rounds/${id}/results`);
    expect(mine.json.groups.map((g: { unit: { name: string } }) => g.unit.name)).toEqual(['Solsikken']);
    expect(mine.json.organisation.respondents).toBe(11);
    expect(mine.json.placements.map((p: { unit: { name: string } }) => p.unit.name)).toEqual(['Solsikken']);
    // Two departments are too few for a line; the page says so rather than drawing one.
    const rel = await req(
      o.hr,
      'GET',
      `/surveys/rounds/${id}/relationship?x=socialCapital&y=learningCommunity`,
    );
    expect(rel.json.points).toHaveLength(2);
    expect(rel.json.regression).toEqual({ ok: false, n: 2, reason: 'too_few_points' });

    // Outsiders: a leader of another unit, staff who answered, another organisation — 404 everywhere.
    expect((await req(o.leaderA, 'GET', `/surveys/rounds/${id}/units/${o.units.instB.id}`)).status).toBe(404);
    const stranger = (await buildTwoLayerOrg(env().database.db)).hr;
    for (const p of [o.staffA[0]!, o.staffB[0]!, stranger]) {
      for (const path of routes(o, id))
        expect((await req(p, 'GET', path)).status, `${p.name} ${path}`).toBe(404);
      expect((await req(p, 'GET', `/surveys/rounds/${id}`)).status).toBe(404);
    }
  });

  it('two overlapping groups that differ by one respondent: the smaller is withheld on every route', async () => {
    const o = await surveyOrg(env().database.db, 4, 1);
    const id = await openRound(o);
    for (const p of [o.leaderA, ...o.staffA]) await answerAs(o, p, 4);
    await answerAs(o, o.staffB[0]!, 1);
    await req(o.hr, 'POST', `/surveys/rounds/${id}/close`);
    // Solsikken (5) and the organisation (6) would give away Mælkebøtten's one answer by subtraction.
    const heat = await req(o.hr, 'GET', `/surveys/rounds/${id}/results`);
    expect(heat.json.groups).toEqual([]);
    expect(heat.json.organisation.respondents).toBe(6);
    expect(
      heat.json.placements.map((p: { unit: { name: string }; placement: string }) => [
        p.unit.name,
        p.placement,
      ]),
    ).toEqual([
      ['Mælkebøtten', 'hidden'],
      ['Solsikken', 'withheld'],
    ]);
    const a = await req(o.leaderA, 'GET', `/surveys/rounds/${id}/units/${o.units.instA.id}`);
    expect(a.json.placement.placement).toBe('withheld');
    expect([a.json.group, a.json.comments]).toEqual([null, null]);
    const b = await req(o.areaLeader, 'GET', `/surveys/rounds/${id}/units/${o.units.instB.id}`);
    expect([b.json.placement.placement, b.json.group]).toEqual(['hidden', null]);
    const rel = await req(
      o.hr,
      'GET',
      `/surveys/rounds/${id}/relationship?x=socialCapital&y=learningCommunity`,
    );
    expect([rel.json.points, rel.json.leftOut]).toEqual([[], 2]);
    // Whatever is shown, no number lets anyone compute the single answer of 1s: every mean shown is the whole.
    const shown = JSON.stringify([heat.json, a.json, b.json, rel.json]);
    expect(shown).not.toContain('"respondents":5');
    expect(shown).not.toContain('"respondents":1');
  });

  it('threshold − 1 in the whole organisation shows nothing; the threshold of an open round cannot be lowered', async () => {
    const o = await surveyOrg(env().database.db, 3, 0);
    const id = await openRound(o);
    const lowered = await req(o.hr, 'PUT', '/surveys/settings', {
      threshold: 3,
      commentThreshold: 3,
      version: 0,
    });
    expect(lowered.status, lowered.text).toBe(200);
    for (const p of [o.leaderA, ...o.staffA]) await answerAs(o, p, 5);
    await req(o.hr, 'POST', `/surveys/rounds/${id}/close`);
    const heat = await req(o.hr, 'GET', `/surveys/rounds/${id}/results`);
    // The round keeps the threshold it opened with (5); four answers stay hidden.
    expect(heat.json.round.threshold).toBe(5);
    expect([heat.json.groups, heat.json.organisation]).toEqual([[], null]);
    const a = await req(o.leaderA, 'GET', `/surveys/rounds/${id}/units/${o.units.instA.id}`);
    expect([a.json.placement.placement, a.json.group, a.json.organisation]).toEqual(['hidden', null, null]);
    // A round opened now uses the lowered thresholds.
    const next = await openRound(o);
    expect((await req(o.hr, 'GET', `/surveys/rounds/${next}`)).json.round).toMatchObject({
      threshold: 3,
      commentThreshold: 3,
    });
  });

  it('comments need their own threshold, and come in random order', async () => {
    const o = await surveyOrg(env().database.db, 6, 0);
    const set = await req(o.hr, 'PUT', '/surveys/settings', {
      threshold: 5,
      commentThreshold: 7,
      version: 0,
    });
    expect(set.status).toBe(200);
    expect(
      (await req(o.hr, 'PUT', '/surveys/settings', { threshold: 6, commentThreshold: 5, version: 1 })).status,
    ).toBe(400);
    const id = await openRound(o);
    const people = [o.leaderA, ...o.staffA];
    for (const [i, p] of people.entries()) await answerAs(o, p, 3, `Kommentar ${i}`);
    await req(o.hr, 'POST', `/surveys/rounds/${id}/close`);
    const a = await req(o.leaderA, 'GET', `/surveys/rounds/${id}/units/${o.units.instA.id}`);
    expect(a.json.group.respondents).toBe(7);
    expect([...a.json.comments].sort()).toEqual(people.map((_, i) => `Kommentar ${i}`).sort());
  });

  // A round's publication is kept between requests (engine/publications.ts): a change of the tree
  // after it was kept must show in the very next request, on every route.
  it('a unit moved or added after a publication was kept is reflected in the next request', async () => {
    const db = env().database.db;
    const o = await surveyOrg(db, 5, 6);
    const small = await buildUnit(db, o.org, {
      kind: 'department',
      name: 'Lillestuen',
      parentId: o.units.instA.id,
    });
    const smallStaff: Person[] = [];
    for (let i = 0; i < 2; i++)
      smallStaff.push(await buildPerson(db, o.org, { roles: [{ unit: small, role: 'employee' }] }));
    const id = await openRound(o);
    for (const p of [o.leaderA, ...o.staffA]) await answerAs(o, p, 4);
    for (const p of o.staffB) await answerAs(o, p, 2);
    for (const p of smallStaff) await answerAs(o, p, 1);
    await req(o.hr, 'POST', `/surveys/rounds/${id}/close`);
    const page = async (unitId: string) =>
      (await req(o.hr, 'GET', `/surveys/rounds/${id}/units/${unitId}`)).json;
    const heatRows = async () =>
      (await req(o.hr, 'GET', `/surveys/rounds/${id}/results`)).json.groups.map(
        (g: { unit: { name: string }; respondents: number; rolledUp: { name: string }[] }) => [
          g.unit.name,
          g.respondents,
          g.rolledUp.map((u) => u.name),
        ],
      );

    // Lillestuen's two answers count in Solsikken, the unit above it.
    expect((await page(o.units.instA.id)).group).toMatchObject({
      respondents: 8,
      rolledUp: [{ name: 'Lillestuen' }],
    });
    expect(await heatRows()).toEqual([
      ['Mælkebøtten', 6, []],
      ['Solsikken', 8, ['Lillestuen']],
    ]);

    // Moved under Mælkebøtten: its answers go with it at once.
    const moved = await req(o.orgAdmin, 'POST', `/units/${small.id}/move`, { parentId: o.units.instB.id });
    expect(moved.status, moved.text).toBe(200);
    const a = await page(o.units.instA.id);
    expect(a.group).toMatchObject({ respondents: 6, rolledUp: [] });
    expect(a.trend.at(-1).indices).toEqual(a.group.indices);
    expect((await page(o.units.instB.id)).group).toMatchObject({
      respondents: 8,
      rolledUp: [{ name: 'Lillestuen' }],
    });
    expect((await page(small.id)).placement).toMatchObject({
      placement: 'rolled_up',
      into: { name: 'Mælkebøtten' },
    });
    expect(await heatRows()).toEqual([
      ['Mælkebøtten', 8, ['Lillestuen']],
      ['Solsikken', 6, []],
    ]);

    // A unit added under the area, and Lillestuen moved into it: nothing above it reaches the
    // threshold without the two institutions, so its two answers show nowhere — and as the
    // organisation's total less the two institutions would give them away, one institution is withheld.
    const added = await req(o.orgAdmin, 'POST', '/units', {
      name: 'Ny afdeling',
      kind: 'department',
      parentId: o.units.area.id,
    });
    expect(added.status, added.text).toBe(201);
    await req(o.orgAdmin, 'POST', `/units/${small.id}/move`, { parentId: added.json.unit.id });
    const gone = await page(small.id);
    expect([gone.placement.placement, gone.group]).toEqual(['hidden', null]);
    expect((await page(o.units.instB.id)).group).toMatchObject({ respondents: 6, rolledUp: [] });
    const withheld = await page(o.units.instA.id);
    expect([withheld.placement.placement, withheld.group]).toEqual(['withheld', null]);
    expect(await heatRows()).toEqual([['Mælkebøtten', 6, []]]);
  });
});
