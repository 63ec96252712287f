import { expect, it } from 'vitest';
import { BUILT_IN_INSTRUMENTS } from './instruments/index.js';
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

const LC_ITEMS = 4;

/**
 * An area with two institutions: A (leader, `a` employees) holds a staff forum and a team's forum;
 * B's leader leads neither.
 */
async function forumOrg(db: Parameters<typeof buildOrg>[0], a: number) {
  const org = await buildOrg(db);
  const admin = await buildUnit(db, org, { kind: 'administration', name: 'Forvaltning' });
  const area = await buildUnit(db, org, { kind: 'area', name: 'Område Nord', parentId: admin.id });
  const instA = await buildUnit(db, org, { name: 'Solsikken', parentId: area.id });
  const instB = await buildUnit(db, org, { name: 'Mælkebøtten', parentId: area.id });
  const hr = await buildPerson(db, org, { name: 'Gitte HR', roles: [{ unit: admin, role: 'hr' }] });
  const leaderA = await buildPerson(db, org, { name: 'Bo Leder', roles: [{ unit: instA, role: 'leader' }] });
  const leaderB = await buildPerson(db, org, {
    name: 'Cecilie Leder',
    roles: [{ unit: instB, role: 'leader' }],
  });
  const staffA: Person[] = [];
  for (let i = 0; i < a; i++)
    staffA.push(await buildPerson(db, org, { roles: [{ unit: instA, role: 'employee' }] }));
  const staffB = await buildPerson(db, org, { roles: [{ unit: instB, role: 'employee' }] });
  const team = await buildTeam(db, org, { unit: instA, name: 'Stuen', members: staffA.slice(0, 2) });
  return { org, units: { admin, area, instA, instB }, hr, leaderA, leaderB, staffA, staffB, team };
}

// Rounds sent to a forum's members (issue 13): HR or the forum's leader; the survey engine's anonymity holds.
describeEachEngine('survey rounds sent to forums', (env) => {
  const db = () => env().database.db;
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await signInAs(db(), env().config, who), body });
  const forum = async (o: Awaited<ReturnType<typeof forumOrg>>, teamId?: string) =>
    (
      await req(o.leaderA, 'POST', '/forums', {
        unitId: o.units.instA.id,
        teamId,
        level: 'intervention',
        name: teamId ? 'Stuemøde' : 'Personalemøde',
      })
    ).json.forum.id as string;
  const send = (who: Person, body: Record<string, unknown>) =>
    req(who, 'POST', '/surveys/rounds', { instrument: 'learning_community', days: 14, ...body });
  const used = new Set<string>();
  /** Answers with the person's newest invitation: the first link in their mails not used yet. */
  const answerAs = async (orgId: string, person: Person, score: number) => {
    const tokens = (await mailsTo(db(), orgId, person.email!)).map((m) => /\/s\/([\w-]+)/.exec(m.text)![1]!);
    const token = tokens.find((t) => !used.has(t))!;
    used.add(token);
    const res = await req(person, 'POST', `/surveys/answer/${token}`, {
      scores: Array.from({ length: LC_ITEMS }, () => score),
    });
    expect(res.status, res.text).toBe(201);
  };

  it('the forum’s leader or HR sends a round to its members; no one else can', async () => {
    const o = await forumOrg(db(), 3);
    const staffForum = await forum(o);
    const teamForum = await forum(o, o.team.id);
    // Not the forum's leader, staff, or a leader sending to a unit as well: refused, nothing sent.
    expect((await send(o.leaderB, { forumIds: [staffForum] })).status).toBe(404);
    expect((await send(o.staffA[0]!, { forumIds: [staffForum] })).status).toBe(404);
    expect((await send(o.leaderA, { forumIds: [staffForum], unitIds: [o.units.instB.id] })).status).toBe(403);
    expect((await send(o.leaderA, { unitIds: [o.units.instA.id] })).status).toBe(403);
    expect((await send(o.hr, { forumIds: ['00000000-0000-4000-8000-000000000000'] })).status).toBe(404);
    expect(await mailsTo(db(), o.org.id, o.staffA[0]!.email!)).toHaveLength(0);

    const byLeader = await send(o.leaderA, { forumIds: [staffForum], title: 'Læringsfællesskab' });
    expect(byLeader.status, byLeader.text).toBe(201);
    // The staff forum's members: the institution's staff and its leader, not B's.
    expect(byLeader.json.round).toMatchObject({ invited: 4, answered: 0, threshold: 5 });
    expect(await mailsTo(db(), o.org.id, o.staffB.email!)).toHaveLength(0);

    const byHr = await send(o.hr, { forumIds: [teamForum] });
    expect(byHr.status, byHr.text).toBe(201);
    expect(byHr.json.round.invited).toBe(2);
    const detail = await req(o.hr, 'GET', `/surveys/rounds/${byHr.json.round.id}`);
    expect(detail.json.targets).toEqual([{ id: teamForum, name: 'Stuemøde', kind: 'forum' }]);
    // The leader's list shows the round that reached their unit.
    const list = await req(o.leaderA, 'GET', '/surveys/rounds');
    expect(list.json.rounds.map((r: { id: string }) => r.id)).toContain(byLeader.json.round.id);
  });

  it('lists the forums one may send a round to: HR all, a leader theirs, anyone else 404', async () => {
    const o = await forumOrg(db(), 2);
    const staffForum = await forum(o);
    const teamForum = await forum(o, o.team.id);
    const listed = async (who: Person) => {
      const res = await req(who, 'GET', '/surveys/forums');
      return res.status === 200 ? res.json.forums : res.status;
    };
    const both = [
      {
        id: staffForum,
        name: 'Personalemøde',
        unit: { id: o.units.instA.id, name: 'Solsikken' },
        team: null,
      },
      { id: teamForum, name: 'Stuemøde', unit: { id: o.units.instA.id, name: 'Solsikken' }, team: 'Stuen' },
    ];
    expect(await listed(o.hr)).toEqual(both);
    expect(await listed(o.leaderA)).toEqual(both);
    // B's leader leads no unit with a forum; staff send nothing; another organisation sees none of them.
    expect(await listed(o.leaderB)).toEqual([]);
    expect(await listed(o.staffA[0]!)).toBe(404);
    const other = await forumOrg(db(), 1);
    expect(await listed(other.hr)).toEqual([]);
    expect(await listed(other.leaderA)).toEqual([]);
  });

  it('lists the instruments a round may ask to HR and leaders, read-only and without the forums’ own; anyone else 404', async () => {
    const o = await forumOrg(db(), 1);
    const keys = async (who: Person) => {
      const res = await req(who, 'GET', '/surveys/round-instruments');
      return res.status === 200 ? res.json.instruments.map((i: { key: string }) => i.key) : res.status;
    };
    const sendable = BUILT_IN_INSTRUMENTS.map((i) => i.key).filter((k) => k !== 'meeting' && k !== 'safety');
    expect(sendable).toHaveLength(4);
    expect(await keys(o.hr)).toEqual(sendable);
    expect(await keys(o.leaderA)).toEqual(sendable);
    expect(await keys(o.staffA[0]!)).toBe(404);
    // The organisation's own wording, as HR saved it, is what a leader chooses from.
    const own = await req(o.hr, 'GET', '/surveys/instruments/learning_community');
    const renamed = {
      ...own.json.instrument,
      name: { da: 'Vores læringsfællesskab', en: 'Our learning community' },
    };
    const saved = await req(o.hr, 'PUT', '/surveys/instruments/learning_community', {
      definition: renamed,
      version: own.json.version,
    });
    expect(saved.status, saved.text).toBe(200);
    const listed = await req(o.leaderA, 'GET', '/surveys/round-instruments');
    expect(listed.json.instruments.find((i: { key: string }) => i.key === 'learning_community').name.da).toBe(
      'Vores læringsfællesskab',
    );
    // Reading the list is not editing it: the leader cannot save an instrument.
    expect(
      (
        await req(o.leaderA, 'PUT', '/surveys/instruments/learning_community', {
          definition: renamed,
          version: 1,
        })
      ).status,
    ).toBe(403);
  });

  it('threshold − 1 shows nothing, the threshold is locked at open, the threshold shows the whole', async () => {
    const o = await forumOrg(db(), 5);
    const staffForum = await forum(o);
    const opened = await send(o.leaderA, { forumIds: [staffForum] });
    const id = opened.json.round.id as string;
    // Lowering the organisation's threshold after opening does not reach the round.
    const lowered = await req(o.hr, 'PUT', '/surveys/settings', {
      threshold: 3,
      commentThreshold: 3,
      version: 0,
    });
    expect(lowered.status, lowered.text).toBe(200);
    for (const p of o.staffA.slice(0, 4)) await answerAs(o.org.id, p, 2);
    await req(o.hr, 'POST', `/surveys/rounds/${id}/close`);
    const heat = await req(o.hr, 'GET', `/surveys/rounds/${id}/results`);
    expect(heat.json.round.threshold).toBe(5);
    expect([heat.json.groups, heat.json.organisation]).toEqual([[], null]);
    const unit = await req(o.leaderA, 'GET', `/surveys/rounds/${id}/units/${o.units.instA.id}`);
    expect([unit.json.group, unit.json.organisation, unit.json.comments]).toEqual([null, null, null]);
    expect(JSON.stringify([heat.json, unit.json])).not.toContain('"respondents":4');

    // A second round to the same forum (threshold 3 now), answered by five: shown, as one whole.
    const next = (await send(o.leaderA, { forumIds: [staffForum] })).json.round.id as string;
    for (const p of o.staffA) await answerAs(o.org.id, p, 4);
    await req(o.hr, 'POST', `/surveys/rounds/${next}/close`);
    const shown = await req(o.leaderA, 'GET', `/surveys/rounds/${next}/units/${o.units.instA.id}`);
    expect(shown.json.round.threshold).toBe(3);
    expect(shown.json.group).toMatchObject({ respondents: 5, unit: { id: o.units.instA.id } });
    // B's leader reads nothing of A's forum.
    expect((await req(o.leaderB, 'GET', `/surveys/rounds/${next}/units/${o.units.instA.id}`)).status).toBe(
      404,
    );
  });
});
