import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';

const scores = (n: number, score: number) => Array.from({ length: n }, () => score);

// HR edits the forums' meeting evaluation in the survey module; a round asks the version it opened with.
describeEachEngine('the forums’ instruments, edited by HR', (env) => {
  const db = () => env().database.db;
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await signInAs(db(), env().config, who), body });

  it('a round keeps the version it opened with; the trend compares items by key', async () => {
    const o = await buildTwoLayerOrg(db());
    const staff: Person[] = [];
    for (let i = 0; i < 5; i++)
      staff.push(await buildPerson(db(), o.org, { roles: [{ unit: o.units.instA, role: 'employee' }] }));
    const forumId = (
      await req(o.leaderA, 'POST', '/forums', {
        unitId: o.units.instA.id,
        level: 'intervention',
        name: 'Personalemøde',
      })
    ).json.forum.id;
    const openEvaluation = async (heldOn: string) => {
      const meeting = await req(o.leaderA, 'POST', `/forums/${forumId}/meetings`, { heldOn });
      return (await req(o.leaderA, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, { days: 7 }))
        .json.evaluation as { id: string; code: string };
    };

    // A single evaluated meeting: its trend is that one meeting, with its values.
    const first = await openEvaluation('2026-03-10');
    for (const person of staff)
      expect(
        (await req(person, 'POST', `/evaluations/${first.code}/answers`, { scores: scores(9, 3) })).status,
      ).toBe(201);
    const second = await openEvaluation('2026-04-10');

    // HR changes a question's words and adds a question after the second evaluation opened.
    const meeting = (await req(o.hr, 'GET', '/surveys/instruments/meeting')).json.instrument;
    meeting.items[0].text = { da: 'Kendte vi mødets formål?', en: 'Did we know the purpose?' };
    meeting.items.push({
      key: 'listened',
      text: { da: 'Blev der lyttet?', en: 'Was there listening?' },
      short: { da: 'Lytning', en: 'Listening' },
    });
    expect(
      (await req(o.hr, 'PUT', '/surveys/instruments/meeting', { definition: meeting, version: 0 })).status,
    ).toBe(200);

    // The open round is unchanged under its respondents: nine items, the old words, nine scores.
    const secondForm = (await req(staff[0]!, 'GET', `/evaluations/${second.code}`)).json.evaluation;
    expect(secondForm.items).toHaveLength(9);
    expect(secondForm.questions[0].text.da).toBe(
      'Var formålet med mødet og med de enkelte punkter klart fra starten?',
    );
    expect(
      (await req(staff[0]!, 'POST', `/evaluations/${second.code}/answers`, { scores: scores(10, 4) })).status,
    ).toBe(400);

    // A round opened now asks the new version.
    const third = await openEvaluation('2026-05-10');
    const thirdForm = (await req(staff[0]!, 'GET', `/evaluations/${third.code}`)).json.evaluation;
    expect(thirdForm.items).toEqual([...secondForm.items, 'listened']);
    expect(thirdForm.questions[0].text.da).toBe('Kendte vi mødets formål?');
    expect(
      (await req(staff[0]!, 'POST', `/evaluations/${third.code}/answers`, { scores: scores(9, 4) })).status,
    ).toBe(400);
    const outside = await req(staff[0]!, 'POST', `/evaluations/${third.code}/answers`, {
      scores: scores(10, 6),
    });
    expect(outside.status).toBe(400);
    for (const person of staff)
      expect(
        (await req(person, 'POST', `/evaluations/${third.code}/answers`, { scores: scores(10, 5) })).status,
      ).toBe(201);

    for (const round of [first, second, third])
      expect((await req(o.leaderA, 'POST', `/survey-rounds/${round.id}/close`)).status).toBe(200);
    const detail = (await req(o.leaderA, 'GET', `/forums/${forumId}`)).json;
    // The newest round's items in its order; the new item has no earlier point.
    expect(detail.trend.items).toEqual(thirdForm.items);
    expect(detail.trend.questions[0].short.da).toBe('Klart formål');
    expect(detail.trend.questions[9]).toMatchObject({
      key: 'listened',
      short: { da: 'Lytning', en: 'Listening' },
    });
    expect(detail.trend.points.map((p: { shown: boolean }) => p.shown)).toEqual([true, false, true]);
    expect(detail.trend.points[0].means).toEqual([...scores(9, 3), null]);
    expect(detail.trend.points[2].means).toEqual(scores(10, 5));
    expect(detail.trend.summary.means).toEqual([...scores(9, 4), 5]);
  });

  it('a forum with one evaluated meeting has a trend of that one meeting', async () => {
    const o = await buildTwoLayerOrg(db());
    const staff: Person[] = [];
    for (let i = 0; i < 5; i++)
      staff.push(await buildPerson(db(), o.org, { roles: [{ unit: o.units.instA, role: 'employee' }] }));
    const forumId = (
      await req(o.leaderA, 'POST', '/forums', {
        unitId: o.units.instA.id,
        level: 'citizen',
        name: 'Barnets møde',
      })
    ).json.forum.id;
    const meeting = await req(o.leaderA, 'POST', `/forums/${forumId}/meetings`, { heldOn: '2026-03-10' });
    const { id, code } = (await req(o.leaderA, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, {}))
      .json.evaluation;
    for (const [i, person] of staff.entries())
      await req(person, 'POST', `/evaluations/${code}/answers`, { scores: scores(9, i < 2 ? 2 : 4) });
    await req(o.leaderA, 'POST', `/survey-rounds/${id}/close`);
    const { trend } = (await req(o.leaderA, 'GET', `/forums/${forumId}`)).json;
    expect(trend.points).toHaveLength(1);
    expect(trend.points[0]).toMatchObject({ heldOn: '2026-03-10', shown: true, means: scores(9, 3.2) });
    expect(trend.summary).toMatchObject({ rounds: 1, means: scores(9, 3.2) });
  });
});
