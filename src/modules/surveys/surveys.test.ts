import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { mailsTo } from '../../../test/outbox.js';
import { surveyParticipations, surveyResponses } from './schema.js';

const SC_ITEMS = 18;
const answer = (score: number) => ({ scores: Array.from({ length: SC_ITEMS }, () => score) });

/**
 * An organisation for survey rounds: HR at the top, an area with its leader, institution A with its
 * leader and `a` employees, institution B with `b` employees (no leader of its own).
 */
async function surveyOrg(db: Parameters<typeof buildOrg>[0], a: number, b: number) {
  const org = await buildOrg(db);
  const admin = await buildUnit(db, org, { kind: 'administration', name: 'Forvaltning' });
  const area = await buildUnit(db, org, { kind: 'area', name: 'Område Nord', parentId: admin.id });
  const instA = await buildUnit(db, org, { name: 'Solsikken', parentId: area.id });
  const instB = await buildUnit(db, org, { name: 'Mælkebøtten', parentId: area.id });
  const hr = await buildPerson(db, org, { name: 'Gitte HR', roles: [{ unit: admin, role: 'hr' }] });
  const areaLeader = await buildPerson(db, org, {
    name: 'Anne Områdeleder',
    roles: [{ unit: area, role: 'leader' }],
  });
  const leaderA = await buildPerson(db, org, { name: 'Bo Leder', roles: [{ unit: instA, role: 'leader' }] });
  const staffA: Person[] = [];
  for (let i = 0; i < a; i++)
    staffA.push(await buildPerson(db, org, { roles: [{ unit: instA, role: 'employee' }] }));
  const staffB: Person[] = [];
  for (let i = 0; i < b; i++)
    staffB.push(await buildPerson(db, org, { roles: [{ unit: instB, role: 'employee' }] }));
  return { org, units: { admin, area, instA, instB }, hr, areaLeader, leaderA, staffA, staffB };
}

describeEachEngine('surveys', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });
  const tokenOf = async (orgId: string, person: Person) => {
    const [mail] = await mailsTo(env().database.db, orgId, person.email!);
    const match = /\/s\/([\w-]+)/.exec(mail!.text);
    return match![1]!;
  };
  const open = async (o: Awaited<ReturnType<typeof surveyOrg>>, unitIds: string[]) => {
    const res = await req(o.hr, 'POST', '/surveys/rounds', {
      instrument: 'social_capital',
      title: 'Social kapital 2027',
      unitIds,
      days: 14,
    });
    expect(res.status, res.text).toBe(201);
    return res.json.round.id as string;
  };

  it('HR edits an instrument, the forums’ ones too; a bad definition is refused', async () => {
    const o = await surveyOrg(env().database.db, 0, 0);
    const list = await req(o.hr, 'GET', '/surveys/instruments');
    expect(list.json.instruments.map((i: { key: string }) => i.key)).toEqual([
      'meeting',
      'safety',
      'learning_culture',
      'mup_process',
      'learning_community',
      'social_capital',
    ]);
    const got = await req(o.hr, 'GET', '/surveys/instruments/learning_community');
    const definition = got.json.instrument;
    definition.items[0].text.da = 'Vi lærer af hinanden hver uge.';
    definition.items.push({
      key: 'newItem',
      text: { da: 'Vi deler data', en: 'We share data' },
      short: { da: 'Data', en: 'Data' },
      index: 'learningCommunity',
    });
    const saved = await req(o.hr, 'PUT', '/surveys/instruments/learning_community', {
      definition,
      version: 0,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json).toMatchObject({ version: 1, edited: true });
    expect(saved.json.instrument.items).toHaveLength(5);
    expect(saved.json.instrument.items[0].text.da).toBe('Vi lærer af hinanden hver uge.');
    // Saving against the old version again is a conflict, not a silent overwrite.
    expect(
      (await req(o.hr, 'PUT', '/surveys/instruments/learning_community', { definition, version: 0 })).status,
    ).toBe(409);
    const bad = { ...definition, items: [...definition.items, { ...definition.items[0], index: 'nowhere' }] };
    const refused = await req(o.hr, 'PUT', '/surveys/instruments/learning_community', {
      definition: bad,
      version: 1,
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error.reason).toBe('survey_instrument_invalid');
    // The forums' instruments are edited here too (issue 13), within the forums' scale of 1 to 5.
    const meeting = (await req(o.hr, 'GET', '/surveys/instruments/meeting')).json.instrument;
    const wide = { ...meeting, scale: { ...meeting.scale, max: 7 } };
    const tooWide = await req(o.hr, 'PUT', '/surveys/instruments/meeting', { definition: wide, version: 0 });
    expect([tooWide.status, tooWide.json.error.reason]).toEqual([400, 'survey_instrument_invalid']);
    const forum = await req(o.hr, 'PUT', '/surveys/instruments/meeting', { definition: meeting, version: 0 });
    expect(forum.status, forum.text).toBe(200);
    expect(forum.json).toMatchObject({ version: 1, edited: true, forum: true });
    // A leader configures nothing.
    expect((await req(o.leaderA, 'GET', '/surveys/instruments')).status).toBe(403);
  });

  it('a round: one answer per token, clear 4xx for bad input, reminders only to those who have not answered', async () => {
    const db = env().database.db;
    const o = await surveyOrg(db, 5, 4);
    const id = await open(o, [o.units.area.id]);
    const staff = [o.areaLeader, o.leaderA, ...o.staffA, ...o.staffB];
    const first = await tokenOf(o.org.id, o.staffA[0]!);
    const form = await req(o.staffA[0]!, 'GET', `/surveys/answer/${first}`);
    expect(form.json.form).toMatchObject({ title: 'Social kapital 2027', status: 'open' });
    expect(form.json.form.instrument.items).toHaveLength(SC_ITEMS);
    // Someone else's token is nobody's business: 404, as for a token that does not exist.
    expect((await req(o.staffA[1]!, 'GET', `/surveys/answer/${first}`)).status).toBe(404);
    expect((await req(o.hr, 'POST', `/surveys/answer/${first}`, answer(3))).status).toBe(404);
    const outOfScale = await req(o.staffA[0]!, 'POST', `/surveys/answer/${first}`, answer(6));
    expect([outOfScale.status, outOfScale.json.error.reason]).toEqual([400, 'survey_out_of_scale']);
    const short = await req(o.staffA[0]!, 'POST', `/surveys/answer/${first}`, { scores: [3, 3] });
    expect([short.status, short.json.error.reason]).toEqual([400, 'survey_wrong_length']);
    const blank = await req(o.staffA[0]!, 'POST', `/surveys/answer/${first}`, {
      scores: [null, ...answer(3).scores.slice(1)],
    });
    expect([blank.status, blank.json.error.reason]).toEqual([400, 'survey_item_missing']);
    expect((await req(o.staffA[0]!, 'POST', `/surveys/answer/${first}`, answer(4))).status).toBe(201);
    const again = await req(o.staffA[0]!, 'POST', `/surveys/answer/${first}`, answer(4));
    expect([again.status, again.json.error.reason]).toEqual([409, 'survey_already_answered']);
    expect((await req(o.staffA[0]!, 'GET', `/surveys/answer/${first}`)).json.form.status).toBe('answered');

    for (const p of staff.slice(0, 4)) {
      if (p === o.staffA[0]) continue;
      expect((await req(p, 'POST', `/surveys/answer/${await tokenOf(o.org.id, p)}`, answer(3))).status).toBe(
        201,
      );
    }
    const rates = await req(o.hr, 'GET', `/surveys/rounds/${id}`);
    expect(rates.json.round).toMatchObject({ invited: 11, answered: 4, threshold: 5, commentThreshold: 10 });
    // Institution B's four are counted with the area (five invited), so no rate names a group below five.
    expect(
      rates.json.rates.map((r: { unit: { name: string }; invited: number }) => [r.unit.name, r.invited]),
    ).toEqual([
      ['Område Nord', 5],
      ['Solsikken', 6],
    ]);

    const before = new Map<string, number>();
    for (const p of staff) before.set(p.id, (await mailsTo(db, o.org.id, p.email!)).length);
    const reminded = await req(o.hr, 'POST', `/surveys/rounds/${id}/remind`);
    expect(reminded.json).toEqual({ reminded: 7 });
    const answeredIds = new Set(staff.slice(0, 4).map((p) => p.id));
    for (const p of staff) {
      const mails = await mailsTo(db, o.org.id, p.email!);
      expect(mails.length - before.get(p.id)!, p.name).toBe(answeredIds.has(p.id) ? 0 : 1);
      if (!answeredIds.has(p.id)) expect(mails[0]!.subject).toBe('Påmindelse: Social kapital 2027');
    }

    expect((await req(o.hr, 'POST', `/surveys/rounds/${id}/close`)).status).toBe(200);
    const late = o.staffB[0]!;
    const closed = await req(late, 'POST', `/surveys/answer/${await tokenOf(o.org.id, late)}`, answer(3));
    expect([closed.status, closed.json.error.reason]).toEqual([409, 'survey_closed']);
    expect((await req(o.hr, 'POST', `/surveys/rounds/${id}/remind`)).status).toBe(409);
  });

  it('a participation cannot be joined to its answer: no shared key, token or time in the tables', async () => {
    const db = env().database.db;
    const o = await surveyOrg(db, 5, 0);
    const id = await open(o, [o.units.instA.id]);
    for (const p of o.staffA)
      await req(p, 'POST', `/surveys/answer/${await tokenOf(o.org.id, p)}`, answer(4));
    const columns = (t: object) => Object.keys(t).filter((k) => !k.startsWith('_') && k !== 'enableRLS');
    const shared = columns(surveyParticipations).filter((c) => columns(surveyResponses).includes(c));
    // What the two have in common is no more than the round and the unit an answer counts in.
    expect(shared.sort()).toEqual(['id', 'orgId', 'roundId', 'unitId']);
    expect(columns(surveyResponses).sort()).toEqual([
      'comment',
      'id',
      'orgId',
      'roundId',
      'scores',
      'unitId',
    ]);
    const responses = await db.select().from(surveyResponses).where(eq(surveyResponses.roundId, id));
    const participations = await db
      .select()
      .from(surveyParticipations)
      .where(eq(surveyParticipations.roundId, id));
    const participationValues = new Set(participations.flatMap((p) => [p.id, p.token]));
    for (const r of responses) expect(participationValues.has(r.id)).toBe(false);
    await req(o.hr, 'POST', `/surveys/rounds/${id}/close`);
    // Sealed: every row rewritten together, so not even the rows' own transaction ids pair them up.
    const xmins = async (table: string) =>
      (
        (await db.execute(
          `select distinct xmin::text as x from ${table} where round_id = '${id}'`,
        )) as unknown as { rows: { x: string }[] }
      ).rows.map((r) => r.x);
    expect(await xmins('survey_responses')).toHaveLength(1);
    expect(await xmins('survey_participations')).toEqual(await xmins('survey_responses'));
    const after = await db
      .select()
      .from(surveyParticipations)
      .where(and(eq(surveyParticipations.roundId, id), eq(surveyParticipations.answered, true)));
    expect(after).toHaveLength(5);
  });
});
