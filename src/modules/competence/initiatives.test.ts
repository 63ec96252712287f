import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { mailsTo } from '../../../test/outbox.js';
import { goals } from '../goals/schema.js';
import { areaFrameItems, competenceApi } from './testing.js';
import { addMonths } from './services/courses.js';

describeEachEngine('competence initiatives: building one field by field', (env) => {
  const { req, initiativeWithParticipant } = competenceApi(env);

  it('two owners editing at once never overwrite each other: other fields merge, the same field conflicts', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const init = await initiativeWithParticipant(o);
    const path = `/initiatives/${init.id}`;
    const base = init.version;
    const bo = await req(o.leaderA, 'PATCH', path, {
      baseVersion: base,
      changes: [
        { phase: 'task', field: 'situation', from: '', to: 'Når et barn er i konflikt' },
        { phase: 'task', field: 'test_concrete', from: '', to: 'yes' },
        { phase: 'task', field: 'test_changeable', from: '', to: 'no' },
      ],
    });
    expect(bo.status, bo.text).toBe(200);
    expect(bo.json.conflicts).toEqual([]);
    expect(bo.json.initiative.failingTests).toEqual(['changeable']);
    // Anne started from the same version: her perspective saves, her situation is a conflict.
    const anne = await req(o.areaLeader, 'PATCH', path, {
      baseVersion: base,
      changes: [
        { phase: 'perspective', field: 'core_task', from: '', to: 'Barnets udvikling' },
        { phase: 'task', field: 'situation', from: '', to: 'Ved konflikter på legepladsen' },
      ],
      title: { from: init.title, to: 'Konflikter' },
    });
    expect(anne.status).toBe(200);
    expect(anne.json.saved).toEqual([
      { phase: 'perspective', field: 'core_task' },
      { phase: '', field: 'title' },
    ]);
    expect(anne.json.conflicts).toEqual([
      {
        phase: 'task',
        field: 'situation',
        base: '',
        mine: 'Ved konflikter på legepladsen',
        theirs: 'Når et barn er i konflikt',
      },
    ]);
    expect(anne.json.initiative.fields.task.situation).toBe('Når et barn er i konflikt');
    expect(anne.json.initiative.fields.perspective.core_task).toBe('Barnets udvikling');
    expect(anne.json.initiative.title).toBe('Konflikter');

    // Concurrent saves of different fields both land (the row lock serialises the merge).
    const now = anne.json.initiative.version;
    const [a, b] = await Promise.all([
      req(o.leaderA, 'PATCH', path, {
        baseVersion: now,
        changes: [{ phase: 'learning_goals', field: 'methods', from: '', to: 'IDHP' }],
      }),
      req(o.areaLeader, 'PATCH', path, {
        baseVersion: now,
        changes: [{ phase: 'learning_goals', field: 'role', from: '', to: 'Fra dommer til anerkender' }],
      }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const after = (await req(o.leaderA, 'GET', path)).json.initiative;
    expect(after.fields.learning_goals).toMatchObject({ methods: 'IDHP', role: 'Fra dommer til anerkender' });
    expect(after.version).toBe(now + 2);

    // Status moves one step at a time and is kept in the history.
    expect((await req(o.leaderA, 'POST', `${path}/status`, { to: 'anchored' })).json.error.reason).toBe(
      'initiative_status_step',
    );
    expect((await req(o.leaderA, 'POST', `${path}/status`, { to: 'running' })).json.initiative.status).toBe(
      'running',
    );
    const history = (await req(o.employeeA, 'GET', `${path}/history`)).json.events;
    expect(history.at(-1)).toMatchObject({
      status: { from: 'draft', to: 'running' },
      actor: { name: 'Bo Leder' },
    });
    expect(history[0]).toMatchObject({
      fields: ['task.situation', 'task.test_concrete', 'task.test_changeable'],
      title: null,
    });
  });

  it('refuses bad input with a clear 4xx: limits, unknown fields and levels, dates, wrong tenant', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const other = await buildTwoLayerOrg(env().database.db);
    const init = await initiativeWithParticipant(o);
    const path = `/initiatives/${init.id}`;
    const save = (changes: unknown[]) => req(o.leaderA, 'PATCH', path, { baseVersion: 1, changes });
    const tooLong = await save([{ phase: 'task', field: 'situation', from: '', to: 'x'.repeat(2001) }]);
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.issues[0].path).toBe('changes.0.to');
    expect((await save([{ phase: 'task', field: 'nope', from: '', to: 'x' }])).status).toBe(400);
    expect((await save([{ phase: 'task', field: 'test_concrete', from: '', to: 'maybe' }])).status).toBe(400);
    expect(
      (await save([{ phase: 'training_track', field: 'ends_on', from: '', to: '2026-02-30' }])).status,
    ).toBe(400);
    expect((await req(o.leaderA, 'PATCH', path, { baseVersion: 999, changes: [] })).status).toBe(400);
    expect(
      (await req(o.leaderA, 'POST', '/initiatives', { unitId: o.units.instA.id, title: '' })).status,
    ).toBe(400);
    expect(
      (await req(o.leaderA, 'POST', '/initiatives', { unitId: o.units.instA.id, title: 'x'.repeat(201) }))
        .status,
    ).toBe(400);
    // A unit the leader does not lead, or of another organisation: 404.
    expect(
      (await req(o.leaderA, 'POST', '/initiatives', { unitId: o.units.instB.id, title: 'Nabo' })).status,
    ).toBe(404);
    expect(
      (await req(o.leaderA, 'POST', '/initiatives', { unitId: other.units.instA.id, title: 'Fremmed' }))
        .status,
    ).toBe(404);
    const participants = `${path}/participants`;
    expect(
      (
        await req(o.leaderA, 'POST', participants, {
          personId: o.colleagueA.id,
          currentLevel: 'expert',
          targetLevel: 'independently',
        })
      ).status,
    ).toBe(400);
    const outside = await req(o.leaderA, 'POST', participants, {
      personId: other.employeeA.id,
      currentLevel: 'beginner',
      targetLevel: 'independently',
    });
    expect([outside.status, outside.json.error.reason]).toEqual([400, 'participant_outside']);
    const twice = await req(o.leaderA, 'POST', participants, {
      personId: o.employeeA.id,
      currentLevel: 'beginner',
      targetLevel: 'independently',
    });
    expect([twice.status, twice.json.error.reason]).toEqual([409, 'participant_exists']);
    const line = await req(o.leaderA, 'POST', `${path}/plan`, {
      kind: 'track',
      phase: 'organisation',
      text: 'Forkert fase',
    });
    expect(line.status).toBe(400);
    const backwards = await req(o.leaderA, 'POST', `${path}/plan`, {
      kind: 'track',
      phase: 'trial',
      text: 'Afprøvning',
      startsOn: '2026-03-10',
      endsOn: '2026-03-01',
    });
    expect(backwards.json.error.issues[0].path).toBe('endsOn');
    expect(
      (
        await req(o.leaderA, 'POST', `${path}/plan`, {
          kind: 'track',
          phase: 'trial',
          text: 'x',
          formats: ['yoga'],
        })
      ).status,
    ).toBe(400);
    // Another organisation's leader gets 404 for every action on it.
    expect(
      (
        await req(other.leaderA, 'POST', participants, {
          personId: other.employeeA.id,
          currentLevel: 'beginner',
          targetLevel: 'independently',
        })
      ).status,
    ).toBe(404);
    expect((await req(other.leaderA, 'POST', `${path}/status`, { to: 'running' })).status).toBe(404);
    expect((await req(other.employeeA, 'POST', `${path}/proposal`, { decision: 'accept' })).status).toBe(404);
  });

  it('the training track and the everyday: plan lines with formats, people, owners and dates; a frame item links', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    const init = await initiativeWithParticipant(o);
    const path = `/initiatives/${init.id}`;
    const [item] = await areaFrameItems(db, o, [{ kind: 'strategic_goal', title: 'Alle børn trives' }]);
    expect((await req(o.leaderA, 'GET', `${path}/frame-items`)).json.items).toEqual([
      { id: item!.id, title: 'Alle børn trives', kind: 'strategic_goal', frameTitle: 'Område Nord 2026' },
    ]);
    const linked = await req(o.leaderA, 'PUT', `${path}/frame-items`, { frameItemIds: [item!.id] });
    expect(linked.json.initiative.frameItems).toEqual([
      { id: item!.id, title: 'Alle børn trives', kind: 'strategic_goal' },
    ]);
    const track = await req(o.leaderA, 'POST', `${path}/plan`, {
      kind: 'track',
      phase: 'knowledge_building',
      text: 'Temadag om IDHP',
      formats: ['theme_day'],
      people: 'Ekstern konsulent',
      startsOn: '2026-02-01',
      endsOn: '2026-02-01',
    });
    expect(track.status).toBe(201);
    const anchor = await req(o.leaderA, 'POST', `${path}/plan`, {
      kind: 'anchor',
      phase: 'ongoing_follow_up',
      text: 'Konflikter på hvert personalemøde',
      ownerId: o.employeeA.id,
      endsOn: '2026-06-01',
    });
    const lines = anchor.json.initiative.planLines;
    expect(lines.map((l: { phase: string; owner: unknown }) => [l.phase, l.owner])).toEqual([
      ['knowledge_building', null],
      ['ongoing_follow_up', { id: o.employeeA.id, name: 'Dorthe Pædagog' }],
    ]);
    const done = await req(o.leaderA, 'PATCH', `${path}/plan/${lines[0].id}`, { version: 1, done: true });
    expect(done.json.initiative.planLines[0].done).toBe(true);
    expect(
      (await req(o.leaderA, 'PATCH', `${path}/plan/${lines[0].id}`, { version: 1, text: 'x' })).json.error
        .reason,
    ).toBe('stale_version');
    const mine = (await req(o.employeeA, 'GET', '/initiatives/mine')).json.initiatives[0];
    expect(mine.nextStep).toEqual({ text: 'Konflikter på hvert personalemøde', on: '2026-06-01' });
  });

  it('the participant accepts, rewrites or declines the proposed goal; it becomes theirs under the two-in-focus rule', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    const init = await initiativeWithParticipant(o);
    const path = `/initiatives/${init.id}`;
    // The leader cannot answer for her.
    expect((await req(o.leaderA, 'POST', `${path}/proposal`, { decision: 'accept' })).status).toBe(404);
    await db.insert(goals).values([
      { orgId: o.org.id, subjectPersonId: o.employeeA.id, title: 'Første mål' },
      { orgId: o.org.id, subjectPersonId: o.employeeA.id, title: 'Andet mål' },
    ]);
    const full = await req(o.employeeA, 'POST', `${path}/proposal`, { decision: 'accept' });
    expect([full.status, full.json.error.reason]).toEqual([409, 'too_many_in_focus']);
    // Both were written in one statement, so they share a creation time: compared as a set.
    expect(full.json.error.inFocus.map((g: { title: string }) => g.title).sort()).toEqual([
      'Andet mål',
      'Første mål',
    ]);
    const rewrite = await req(o.employeeA, 'POST', `${path}/proposal`, {
      decision: 'rewrite',
      title: 'Anerkende barnets følelse, før jeg løser konflikten',
      putAsideGoalId: full.json.error.inFocus[0].id,
      putAsideReason: 'Forløbet har forrang nu',
    });
    expect(rewrite.status, rewrite.text).toBe(200);
    const me = rewrite.json.initiative.participants[0];
    expect(me.proposalStatus).toBe('rewritten');
    const goal = await req(o.employeeA, 'GET', `/goals/${me.goalId}`);
    expect(goal.json.goal).toMatchObject({
      title: 'Anerkende barnets følelse, før jeg løser konflikten',
      source: 'competence_initiative',
      status: 'in_focus',
    });
    const again = await req(o.employeeA, 'POST', `${path}/proposal`, { decision: 'decline' });
    expect([again.status, again.json.error.reason]).toEqual([409, 'proposal_decided']);
    // The leader can no longer change a proposal that was answered; the goal stays hers.
    const changed = await req(o.leaderA, 'PATCH', `${path}/participants/${me.id}`, {
      version: me.version,
      proposedGoal: 'Noget andet',
    });
    expect(changed.json.error.reason).toBe('proposal_decided');
    await req(o.leaderA, 'DELETE', `${path}/participants/${me.id}`);
    expect((await req(o.employeeA, 'GET', `/goals/${me.goalId}`)).status).toBe(200);
    expect((await req(o.employeeA, 'GET', path)).status).toBe(404);
  });

  it('transfer around a course: invitations before and after, follow-up a month later, missing follow-ups counted', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    const init = await initiativeWithParticipant(o);
    const path = `/initiatives/${init.id}`;
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    const planned = await req(o.leaderA, 'POST', `${path}/courses`, {
      personId: o.employeeA.id,
      title: 'Kursus i konflikthåndtering',
      courseOn: '2020-03-10',
      expectations: 'At få et fælles sprog',
    });
    expect(planned.status, planned.text).toBe(201);
    const course = planned.json.initiative.courses[0];
    expect(course).toMatchObject({ beforeOn: '2020-03-03', followUpOn: '2020-04-10', followUpMissing: true });
    const mails = await mailsTo(db, o.org.id, o.employeeA.email!);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Opfølgning efter kurset: Kursus i konflikthåndtering (2020-04-10)',
      'Samtale før kurset: Kursus i konflikthåndtering (2020-03-03)',
    ]);
    expect(mails[0]!.ics).toContain('METHOD:REQUEST');
    const list = await req(o.leaderA, 'GET', '/initiatives');
    expect(list.json.initiatives[0].missingFollowUps).toBe(1);
    expect(
      (
        await req(o.leaderA, 'POST', `${path}/courses`, {
          personId: o.colleagueA.id,
          title: 'X',
          courseOn: '2026-01-01',
        })
      ).json.error.reason,
    ).toBe('participant_outside');
    expect(
      (
        await req(o.leaderA, 'POST', `${path}/courses`, {
          personId: o.employeeA.id,
          title: 'X',
          courseOn: '2026-01-01',
          followUpOn: '2025-12-01',
        })
      ).status,
    ).toBe(400);
    // The participant writes what she applied and the follow-up is held.
    const noted = await req(o.employeeA, 'PATCH', `${path}/courses/${course.id}`, {
      version: 1,
      application: 'Prøvede at spejle følelsen først',
      followedUp: true,
    });
    expect(noted.json.initiative.courses[0]).toMatchObject({
      followUpMissing: false,
      application: 'Prøvede at spejle følelsen først',
    });
    expect((await req(o.leaderA, 'GET', '/initiatives')).json.initiatives[0].missingFollowUps).toBe(0);
    expect(
      (await req(o.colleagueA, 'PATCH', `${path}/courses/${course.id}`, { version: 2, followUp: 'x' }))
        .status,
    ).toBe(404);
  });

  it('the learning formats: the built-in fifteen, edited per organisation by HR only', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const other = await buildTwoLayerOrg(env().database.db);
    const list = await req(o.employeeA, 'GET', '/learning-formats');
    expect(list.json.formats).toHaveLength(15);
    expect(list.json.can.edit).toBe(false);
    const edit = {
      version: 0,
      name: { da: 'Sidemandsoplæring i huset', en: 'Learning side by side here' },
      description: { da: 'Vores egen udgave.', en: 'Our own version.' },
      suits: ['methods', 'role'],
      hidden: false,
    };
    expect((await req(o.leaderA, 'PUT', '/learning-formats/side_by_side', edit)).status).toBe(403);
    const saved = await req(o.hr, 'PUT', '/learning-formats/side_by_side', edit);
    expect(saved.json.format).toMatchObject({
      key: 'side_by_side',
      edited: true,
      version: 1,
      suits: ['methods', 'role'],
    });
    expect((await req(o.hr, 'PUT', '/learning-formats/side_by_side', edit)).json.error.reason).toBe(
      'stale_version',
    );
    expect((await req(o.hr, 'PUT', '/learning-formats/yoga', edit)).status).toBe(400);
    expect(
      (await req(o.hr, 'PUT', '/learning-formats/side_by_side', { ...edit, version: 1, suits: [] })).status,
    ).toBe(400);
    // Another organisation keeps the built-in text.
    const theirs = (await req(other.employeeA, 'GET', '/learning-formats')).json.formats;
    expect(theirs.find((f: { key: string }) => f.key === 'side_by_side').edited).toBe(false);
  });
});
