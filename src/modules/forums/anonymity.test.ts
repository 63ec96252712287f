import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { surveyParticipations, surveyResponses, surveyRounds } from '../surveys/schema.js';

const nine = (n: number) => Array.from({ length: 9 }, () => n);

describeEachEngine('anonymous meeting evaluations', (env) => {
  const db = () => env().database.db;
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await signInAs(db(), env().config, who), body });

  /** A forum of institution A with `extra` more employees, and one evaluated meeting per entry of `answers`. */
  async function setup(answers: number[][][], extra = 6) {
    const o = await buildTwoLayerOrg(db());
    const staff: Person[] = [];
    for (let i = 0; i < extra; i++)
      staff.push(await buildPerson(db(), o.org, { roles: [{ unit: o.units.instA, role: 'employee' }] }));
    const forumId = (
      await req(o.leaderA, 'POST', '/forums', {
        unitId: o.units.instA.id,
        level: 'intervention',
        name: 'Personalemøde',
      })
    ).json.forum.id;
    const rounds: { meetingId: string; roundId: string; code: string }[] = [];
    for (const [m, meetingAnswers] of answers.entries()) {
      const meeting = await req(o.leaderA, 'POST', `/forums/${forumId}/meetings`, {
        heldOn: `2026-0${m + 1}-10`,
      });
      const opened = await req(o.leaderA, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, {
        days: 7,
      });
      const { code, id } = opened.json.evaluation;
      for (const [i, scores] of meetingAnswers.entries()) {
        const res = await req(staff[i]!, 'POST', `/evaluations/${code}/answers`, {
          scores,
          comment: `kommentar ${m}-${i}`,
        });
        expect(res.status).toBe(201);
      }
      expect((await req(o.leaderA, 'POST', `/survey-rounds/${id}/close`)).status).toBe(200);
      rounds.push({ meetingId: meeting.json.meeting.id, roundId: id, code });
    }
    return { o, staff, forumId, rounds };
  }

  it('answers carry no person and no time; answering twice is refused; closed evaluations take no answers', async () => {
    const o = await buildTwoLayerOrg(db());
    const forumId = (
      await req(o.leaderA, 'POST', '/forums', {
        unitId: o.units.instA.id,
        level: 'citizen',
        name: 'Barnets møde',
      })
    ).json.forum.id;
    const meeting = await req(o.leaderA, 'POST', `/forums/${forumId}/meetings`, { heldOn: '2026-04-01' });
    const { code, id } = (await req(o.leaderA, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, {}))
      .json.evaluation;

    const form = await req(o.employeeA, 'GET', `/evaluations/${code}`);
    expect(form.json.evaluation).toMatchObject({
      title: 'Barnets møde',
      heldOn: '2026-04-01',
      status: 'open',
      instrument: 'meeting',
    });
    expect(form.json.evaluation.items).toHaveLength(9);
    expect(
      (
        await req(o.employeeA, 'POST', `/evaluations/${code}/answers`, {
          scores: [3, 4, 5, 2, 3, 4, 5, 3, 4],
          comment: 'Godt møde',
        })
      ).status,
    ).toBe(201);
    const twice = await req(o.employeeA, 'POST', `/evaluations/${code}/answers`, { scores: nine(1) });
    expect(twice.status).toBe(409);
    expect(twice.json.error.reason).toBe('survey_already_answered');
    expect((await req(o.employeeA, 'GET', `/evaluations/${code}`)).json.evaluation.status).toBe('answered');

    // The response row has no column that names a person or a time; the participation row no answer.
    const cols = (t: string) =>
      db().execute(
        sql`select column_name from information_schema.columns where table_name = ${t} order by column_name`,
      ) as unknown as Promise<{ rows: { column_name: string }[] }>;
    expect((await cols('survey_responses')).rows.map((r) => r.column_name)).toEqual([
      'comment',
      'id',
      'org_id',
      'round_id',
      'scores',
      'unit_id',
    ]);
    expect((await cols('survey_participations')).rows.map((r) => r.column_name)).toEqual([
      'answered',
      'id',
      'org_id',
      'person_id',
      'round_id',
      'token',
      'unit_id',
    ]);
    const [stored] = await db().select().from(surveyResponses).where(eq(surveyResponses.roundId, id));
    expect(JSON.stringify(stored)).not.toContain(o.employeeA.id);
    // The audit row of an answer names no one.
    const audit = (await db().execute(
      sql`select actor_id, details from audit_events where action = 'survey.answered' and entity_id = ${id}`,
    )) as unknown as { rows: { actor_id: string | null }[] };
    expect(audit.rows).toEqual([{ actor_id: null, details: null }]);

    expect((await req(o.leaderA, 'POST', `/survey-rounds/${id}/close`)).status).toBe(200);
    const late = await req(o.colleagueA, 'POST', `/evaluations/${code}/answers`, { scores: nine(3) });
    expect(late.status).toBe(409);
    expect(late.json.error.reason).toBe('survey_closed');
    expect((await req(o.colleagueA, 'GET', `/evaluations/${code}`)).json.evaluation.status).toBe('closed');
    // Sealed: the round's rows were rewritten together, so the answer's transaction id no longer matches the participation's.
    const [round] = await db()
      .select({ sealed: surveyRounds.sealed })
      .from(surveyRounds)
      .where(eq(surveyRounds.id, id));
    expect(round!.sealed).toBe(true);
    expect(
      await db()
        .select()
        .from(surveyParticipations)
        .where(and(eq(surveyParticipations.roundId, id))),
    ).toHaveLength(1);
  });

  it('answers arriving at the same moment: everyone counts once, the same person only once', async () => {
    const o = await buildTwoLayerOrg(db());
    const staff: Person[] = [];
    for (let i = 0; i < 5; i++)
      staff.push(await buildPerson(db(), o.org, { roles: [{ unit: o.units.instA, role: 'employee' }] }));
    const forumId = (
      await req(o.leaderA, 'POST', '/forums', { unitId: o.units.instA.id, level: 'citizen', name: 'Møde' })
    ).json.forum.id;
    const meeting = await req(o.leaderA, 'POST', `/forums/${forumId}/meetings`, { heldOn: '2026-04-01' });
    const { code, id } = (await req(o.leaderA, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, {}))
      .json.evaluation;
    const sessions = await Promise.all(staff.map((p) => signInAs(db(), env().config, p)));
    const all = await Promise.all(
      sessions
        .slice(0, 4)
        .map((as) =>
          call(env().app, 'POST', `/api/evaluations/${code}/answers`, { as, body: { scores: nine(4) } }),
        ),
    );
    expect(all.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    // The fifth person sends the same answer three times at once (a double tap on a slow phone).
    const thrice = await Promise.all(
      [0, 1, 2].map(() =>
        call(env().app, 'POST', `/api/evaluations/${code}/answers`, {
          as: sessions[4]!,
          body: { scores: nine(4) },
        }),
      ),
    );
    expect(thrice.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    await req(o.leaderA, 'POST', `/survey-rounds/${id}/close`);
    expect((await req(o.leaderA, 'GET', `/forums/${forumId}`)).json.meetings[0].evaluation).toMatchObject({
      respondents: 5,
      shown: true,
      means: nine(4),
    });
  });

  it('bad answers are a 400; another organisation’s link is a 404', async () => {
    const o = await buildTwoLayerOrg(db());
    const forumId = (
      await req(o.leaderA, 'POST', '/forums', { unitId: o.units.instA.id, level: 'citizen', name: 'Møde' })
    ).json.forum.id;
    const meeting = await req(o.leaderA, 'POST', `/forums/${forumId}/meetings`, { heldOn: '2026-04-01' });
    const { code } = (await req(o.leaderA, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, {}))
      .json.evaluation;
    const bad = [
      { scores: [0, 3, 3, 3, 3, 3, 3, 3, 3] },
      { scores: [6, 3, 3, 3, 3, 3, 3, 3, 3] },
      { scores: [2.5, 3, 3, 3, 3, 3, 3, 3, 3] },
      { scores: nine(3), comment: 'x'.repeat(1001) },
      { scores: 'alle femmere' },
    ];
    for (const body of bad)
      expect((await req(o.employeeA, 'POST', `/evaluations/${code}/answers`, body)).status).toBe(400);
    const short = await req(o.employeeA, 'POST', `/evaluations/${code}/answers`, { scores: [3, 3, 3] });
    expect(short.status).toBe(400);
    expect(short.json.error.reason).toBe('survey_wrong_length');
    const other = await buildTwoLayerOrg(db());
    expect((await req(other.employeeA, 'GET', `/evaluations/${code}`)).status).toBe(404);
    expect(
      (await req(other.employeeA, 'POST', `/evaluations/${code}/answers`, { scores: nine(3) })).status,
    ).toBe(404);
    expect((await req(other.leaderA, 'POST', `/survey-rounds/${meeting.json.meeting.id}/close`)).status).toBe(
      404,
    );
    expect((await req(o.employeeA, 'GET', '/evaluations/no%20such')).status).toBe(400);
    // Nothing was stored by the refused answers.
    expect((await req(o.employeeA, 'GET', `/evaluations/${code}`)).json.evaluation.status).toBe('open');
  });

  it('results show from the threshold: five answers show, four do not; only after closing', async () => {
    const { o, forumId, rounds, staff } = await setup([
      [nine(4), nine(4), nine(2), nine(4), nine(1)],
      [nine(5), nine(5), nine(5), nine(5)],
    ]);
    const detail = (await req(o.colleagueA, 'GET', `/forums/${forumId}`)).json;
    const [newest, oldest] = detail.meetings;
    expect(oldest.evaluation).toMatchObject({ respondents: 5, closed: true, shown: true, code: null });
    expect(oldest.evaluation.means).toEqual(nine(3));
    expect(oldest.evaluation.comments).toEqual([
      'kommentar 0-0',
      'kommentar 0-1',
      'kommentar 0-2',
      'kommentar 0-3',
      'kommentar 0-4',
    ]);
    expect(newest.evaluation).toMatchObject({
      respondents: 4,
      closed: true,
      shown: false,
      means: null,
      comments: null,
    });
    expect(detail.trend.points.map((p: { shown: boolean }) => p.shown)).toEqual([true, false]);
    expect(detail.trend.summary).toMatchObject({ rounds: 1, means: nine(3) });

    // An open evaluation shows its count only, even past the threshold.
    const meeting = await req(o.leaderA, 'POST', `/forums/${forumId}/meetings`, { heldOn: '2026-05-10' });
    const open = (await req(o.leaderA, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, {})).json
      .evaluation;
    for (const p of staff) await req(p, 'POST', `/evaluations/${open.code}/answers`, { scores: nine(2) });
    const live = (await req(o.leaderA, 'GET', `/forums/${forumId}`)).json.meetings[0].evaluation;
    expect(live).toMatchObject({ respondents: 6, closed: false, shown: false, means: null, code: open.code });
    // When its time runs out it closes by itself and shows.
    await db()
      .update(surveyRounds)
      .set({ closesAt: new Date(Date.now() - 60_000) })
      .where(eq(surveyRounds.id, open.id));
    const after = (await req(o.leaderA, 'GET', `/forums/${forumId}`)).json;
    expect(after.meetings[0].evaluation).toMatchObject({
      closed: true,
      shown: true,
      means: nine(2),
      code: null,
    });
    expect(after.trend.summary).toMatchObject({ rounds: 2, means: nine(2.5) });
    expect(rounds).toHaveLength(2);

    // An org admin lowers the threshold to four: the four-answer meeting shows; never below three.
    const admin = await buildPerson(db(), o.org, { roles: [{ unit: o.units.admin, role: 'org_admin' }] });
    expect((await req(o.hr, 'PUT', '/survey-settings', { threshold: 4, version: 0 })).status).toBe(403);
    expect((await req(admin, 'PUT', '/survey-settings', { threshold: 2, version: 0 })).status).toBe(400);
    const set = await req(admin, 'PUT', '/survey-settings', { threshold: 4, version: 0 });
    expect(set.json.settings).toMatchObject({ threshold: 4, version: 1 });
    expect((await req(admin, 'PUT', '/survey-settings', { threshold: 6, version: 0 })).status).toBe(409);
    const lowered = (await req(o.colleagueA, 'GET', `/forums/${forumId}`)).json;
    expect(lowered.trend.threshold).toBe(4);
    expect(lowered.meetings[1].evaluation).toMatchObject({ respondents: 4, shown: true, means: nine(5) });
  });

  it('no view depends on a hidden meeting’s answers, so nothing can be found by subtraction', async () => {
    // Two identical forums whose hidden (four-answer) meeting differs completely: every view must be identical.
    const views = async (hidden: number) => {
      const uneven = [2, 4, 4, 1, 4, 4, 4, 4, 4];
      const { o, forumId } = await setup([
        [uneven, nine(3), nine(5), nine(4), nine(4)],
        [nine(hidden), nine(hidden), nine(hidden), nine(hidden)],
        [nine(2), nine(3), nine(2), nine(3), nine(5)],
      ]);
      const detail = (await req(o.leaderA, 'GET', `/forums/${forumId}`)).json;
      const list = (await req(o.leaderA, 'GET', '/forums')).json;
      const strip = (v: unknown) =>
        JSON.stringify(v)
          .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'ID')
          .replace(/"code":"[a-z0-9]+"/g, '"code":"C"')
          .replace(/"closesAt":"[^"]+"/g, '"closesAt":"T"')
          .replace(/Enhed [0-9a-f]+|Kommune [0-9a-f]+/g, 'N');
      return { detail: strip(detail), list: strip(list), summary: detail.trend.summary };
    };
    const low = await views(1);
    const high = await views(5);
    expect(low.detail).toBe(high.detail);
    expect(low.list).toBe(high.list);
    // The forum's average is that of the two shown meetings only.
    expect(low.summary.rounds).toBe(2);
    expect(low.summary.means[0]).toBe(3.3);
    expect(low.summary.means[3]).toBe(3.2);
    // The weakest questions: prepared participants (index 3), then clarity (index 0).
    expect(low.summary.weakest).toEqual([3, 0]);
  });
});
