import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { mailsTo } from '../../../test/outbox.js';
import { surveyParticipations, surveyResponses } from '../surveys/schema.js';

const nine = (n: number) => Array.from({ length: 9 }, () => n);
/** Item 8 ("Andet, hvad?") left blank. */
const blankEighth = (n: number) => nine(n).map((s, i) => (i === 7 ? null : s));

function tokenIn(text: string): string {
  const match = /\/l\/([\w-]{32})(?![\w-])/.exec(text);
  if (!match) throw new Error(`no answer link in:\n${text}`);
  return match[1]!;
}

describeEachEngine('personal answer links to a meeting evaluation', (env) => {
  const db = () => env().database.db;
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await signInAs(db(), env().config, who), body });
  /** Without any session: what the holder of a link does on a phone that never signed in. */
  const anon = (method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { body });

  async function meeting(extra = 0) {
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
    const meetingId = (await req(o.leaderA, 'POST', `/forums/${forumId}/meetings`, { heldOn: '2026-12-03' }))
      .json.meeting.id;
    const { code, id } = (await req(o.leaderA, 'POST', `/meetings/${meetingId}/evaluation`, { days: 7 })).json
      .evaluation;
    return { o, staff, forumId, meetingId, code, roundId: id };
  }

  const latestToken = async (orgId: string, person: Person) =>
    tokenIn((await mailsTo(db(), orgId, person.email!))[0]!.text);

  it('a link answers once without signing in, and says so when used again; the token is never stored with the answer', async () => {
    const { o, meetingId, code, roundId } = await meeting();
    const sent = await req(o.leaderA, 'POST', `/meetings/${meetingId}/evaluation/links`);
    expect(sent.status).toBe(200);
    // The unit's people (institution A and its room): its leader, Dorthe and her colleague.
    expect(sent.json).toEqual({ sent: 3 });
    const [mail] = await mailsTo(db(), o.org.id, o.employeeA.email!);
    expect(mail!.subject).toBe('Evaluér mødet: Personalemøde');
    expect(mail!.text).toContain('uden at logge ind');
    const token = tokenIn(mail!.text);
    // The link is mailed, not listed among HR's survey invitations (whose links carry the token itself).
    expect((await req(o.employeeA, 'GET', '/surveys/mine')).json.invitations).toEqual([]);

    const form = await anon('GET', `/evaluations/link/${token}`);
    expect(form.status).toBe(200);
    expect(form.json.evaluation).toMatchObject({
      title: 'Personalemøde',
      heldOn: '2026-12-03',
      status: 'open',
      optional: ['other'],
    });
    expect(form.json.evaluation).not.toHaveProperty('code');
    const answered = await anon('POST', `/evaluations/link/${token}`, {
      scores: blankEighth(4),
      comment: 'Andet: for varmt i lokalet',
    });
    expect(answered.status).toBe(201);
    expect(answered.headers.get('set-cookie')).toBeNull();

    const again = await anon('POST', `/evaluations/link/${token}`, { scores: nine(1) });
    expect([again.status, again.json.error.reason]).toEqual([409, 'answer_link_used']);
    expect((await anon('GET', `/evaluations/link/${token}`)).json.evaluation.status).toBe('answered');
    // One answer per person either way: the QR code's form knows she answered.
    expect((await req(o.employeeA, 'GET', `/evaluations/${code}`)).json.evaluation.status).toBe('answered');
    const viaCode = await req(o.employeeA, 'POST', `/evaluations/${code}/answers`, { scores: nine(2) });
    expect([viaCode.status, viaCode.json.error.reason]).toEqual([409, 'survey_already_answered']);

    // The database holds no working link, and the answer holds nothing of the participation.
    const rows = await db()
      .select()
      .from(surveyParticipations)
      .where(eq(surveyParticipations.roundId, roundId));
    expect(JSON.stringify(rows)).not.toContain(token);
    const responses = await db().select().from(surveyResponses).where(eq(surveyResponses.roundId, roundId));
    expect(responses).toHaveLength(1);
    expect(responses[0]!.scores).toEqual(blankEighth(4));
    const serialised = JSON.stringify(responses[0]);
    for (const r of rows) {
      expect(serialised).not.toContain(r.id);
      expect(serialised).not.toContain(r.token ?? 'no token');
    }
  });

  it('the link opens nothing else: no session, no other evaluation, no other organisation', async () => {
    const { o, meetingId, code } = await meeting();
    await req(o.leaderA, 'POST', `/meetings/${meetingId}/evaluation/links`);
    const token = await latestToken(o.org.id, o.employeeA);
    await anon('GET', `/evaluations/link/${token}`);
    expect((await anon('GET', `/evaluations/${code}`)).status).toBe(401);
    expect((await anon('GET', '/auth/me')).status).toBe(401);
    // A made-up token, and a token shaped wrong.
    const unknown = await anon('GET', `/evaluations/link/${'A'.repeat(32)}`);
    expect([unknown.status, unknown.json.error.reason]).toEqual([404, 'answer_link_unknown']);
    expect((await anon('GET', '/evaluations/link/kort')).status).toBe(400);
    // Signed in as someone else, the link still answers only for the person it was sent to.
    const other = await buildTwoLayerOrg(db());
    const asOther = await req(other.employeeA, 'POST', `/evaluations/link/${token}`, { scores: nine(5) });
    expect(asOther.status).toBe(201);
    expect((await req(o.employeeA, 'GET', `/evaluations/${code}`)).json.evaluation.status).toBe('answered');
    expect((await req(other.employeeA, 'GET', `/evaluations/${code}`)).status).toBe(404);
  });

  it('only the facilitators send links; a person who answered gets none; a newer link replaces the older', async () => {
    const { o, meetingId, code } = await meeting();
    expect((await req(o.employeeA, 'POST', `/meetings/${meetingId}/evaluation/links`)).status).toBe(404);
    const other = await buildTwoLayerOrg(db());
    expect((await req(other.leaderA, 'POST', `/meetings/${meetingId}/evaluation/links`)).status).toBe(404);

    expect(
      (await req(o.colleagueA, 'POST', `/evaluations/${code}/answers`, { scores: nine(3) })).status,
    ).toBe(201);
    await req(o.leaderA, 'POST', `/meetings/${meetingId}/evaluation/links`);
    expect(await mailsTo(db(), o.org.id, o.colleagueA.email!)).toHaveLength(0);
    const first = await latestToken(o.org.id, o.employeeA);
    const resent = await req(o.leaderA, 'POST', `/meetings/${meetingId}/evaluation/links`);
    expect(resent.json).toEqual({ sent: 2 });
    const second = await latestToken(o.org.id, o.employeeA);
    expect(second).not.toBe(first);
    expect((await anon('GET', `/evaluations/link/${first}`)).status).toBe(404);
    expect((await anon('GET', `/evaluations/link/${second}`)).json.evaluation.status).toBe('open');
    // Answering from the QR code uses the link up as well.
    expect((await req(o.employeeA, 'POST', `/evaluations/${code}/answers`, { scores: nine(4) })).status).toBe(
      201,
    );
    const used = await anon('POST', `/evaluations/link/${second}`, { scores: nine(4) });
    expect([used.status, used.json.error.reason]).toEqual([409, 'answer_link_used']);
    const audit = (await db().execute(
      sql`select details from audit_events where action = 'survey.links_sent' and org_id = ${o.org.id}`,
    )) as unknown as { rows: { details: { sent: number } }[] };
    expect(audit.rows.map((r) => r.details.sent).sort()).toEqual([2, 2]);
  });

  it('a link ends with its round, and the same answer tapped three times at once counts once', async () => {
    const { o, meetingId, roundId } = await meeting();
    await req(o.leaderA, 'POST', `/meetings/${meetingId}/evaluation/links`);
    const dorthe = await latestToken(o.org.id, o.employeeA);
    const colleague = await latestToken(o.org.id, o.colleagueA);
    const thrice = await Promise.all(
      [0, 1, 2].map(() => anon('POST', `/evaluations/link/${dorthe}`, { scores: nine(4) })),
    );
    expect(thrice.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect((await req(o.leaderA, 'POST', `/survey-rounds/${roundId}/close`)).status).toBe(200);
    expect((await anon('GET', `/evaluations/link/${colleague}`)).json.evaluation.status).toBe('closed');
    const late = await anon('POST', `/evaluations/link/${colleague}`, { scores: nine(4) });
    expect([late.status, late.json.error.reason]).toEqual([409, 'survey_closed']);
    const resend = await req(o.leaderA, 'POST', `/meetings/${meetingId}/evaluation/links`);
    expect([resend.status, resend.json.error.reason]).toEqual([409, 'survey_closed']);
    expect(
      await db().select().from(surveyResponses).where(eq(surveyResponses.roundId, roundId)),
    ).toHaveLength(1);
  });

  it('question 8 may be left blank, the others not; a blank stays blank in the results', async () => {
    const { o, staff, forumId, code, roundId } = await meeting(5);
    const missing = await req(staff[0]!, 'POST', `/evaluations/${code}/answers`, {
      scores: nine(3).map((s, i) => (i === 0 ? null : s)),
    });
    expect([missing.status, missing.json.error.reason]).toEqual([400, 'survey_item_missing']);
    for (const p of staff)
      expect((await req(p, 'POST', `/evaluations/${code}/answers`, { scores: blankEighth(4) })).status).toBe(
        201,
      );
    await req(o.leaderA, 'POST', `/survey-rounds/${roundId}/close`);
    const detail = (await req(o.leaderA, 'GET', `/forums/${forumId}`)).json;
    expect(detail.meetings[0].evaluation).toMatchObject({
      respondents: 5,
      shown: true,
      means: blankEighth(4),
    });
    expect(detail.trend.summary.means).toEqual(blankEighth(4));
    expect(detail.trend.summary.weakest).toEqual([]);
  });
});
