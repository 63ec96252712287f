import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import type { Db } from '../../server/db/client.js';
import { auditEvents } from '../../server/audit/schema.js';
import { goalEvents, goals } from '../goals/schema.js';
import { inquiries } from '../inquiry/schema.js';
import {
  agreements,
  conversationParticipants,
  conversations,
  privateNotes,
} from '../conversations/schema.js';
import { feedback } from '../feedback/schema.js';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const dayString = (d: Date) => d.toISOString().slice(0, 10);

async function oneToOne(
  db: Db,
  orgId: string,
  leader: Person,
  subject: Person,
  startsAt: Date,
  status: 'planned' | 'held',
  summary = '',
) {
  const [c] = await db
    .insert(conversations)
    .values({ orgId, kind: 'one_to_one', startsAt, status, summary, calendarUid: `uid-${Math.random()}` })
    .returning();
  await db.insert(conversationParticipants).values([
    { orgId, conversationId: c!.id, personId: leader.id, role: 'leader' },
    { orgId, conversationId: c!.id, personId: subject.id, role: 'subject' },
  ]);
  return c!;
}

async function goalWithCircle(
  db: Db,
  orgId: string,
  person: Person,
  title: string,
  circle: { deadline: string | null; updatedAt: Date; done?: string[]; createdAt?: Date },
) {
  const createdAt = circle.createdAt ?? new Date();
  const [g] = await db
    .insert(goals)
    .values({ orgId, subjectPersonId: person.id, title, createdAt })
    .returning();
  const phases = Object.fromEntries(
    (circle.done ?? []).map((p) => [p, { fields: { theme: 'x' }, done: true }]),
  );
  const [c] = await db
    .insert(inquiries)
    .values({
      orgId,
      form: 'learning_circle',
      subjectPersonId: person.id,
      goalId: g!.id,
      deadline: circle.deadline,
      data: { phases },
      updatedAt: circle.updatedAt,
      createdAt,
    })
    .returning();
  return { goal: g!, circle: c! };
}

describeEachEngine('leader overview and development record', (env) => {
  const db = () => env().database.db;
  const get = async (who: Person, path: string) =>
    call(env().app, 'GET', `/api${path}`, { as: await signInAs(db(), env().config, who) });

  it('lists exactly the people the actor is nearest leader of, with their figures and nudges', async () => {
    const o = await buildTwoLayerOrg(db());
    const orgId = o.org.id;
    const { goal, circle } = await goalWithCircle(db(), orgId, o.employeeA, 'Bedre samlinger', {
      deadline: dayString(daysAgo(3)),
      updatedAt: daysAgo(2),
      done: ['plan'],
    });
    const held = await oneToOne(db(), orgId, o.leaderA, o.employeeA, daysAgo(10), 'held');
    const next = await oneToOne(
      db(),
      orgId,
      o.leaderA,
      o.employeeA,
      new Date(Date.now() + 14 * DAY),
      'planned',
    );
    await db()
      .insert(agreements)
      .values([
        {
          orgId,
          conversationId: held.id,
          subjectPersonId: o.employeeA.id,
          ownerId: o.employeeA.id,
          text: 'Læse bogen',
          dueDate: dayString(daysAgo(5)),
        },
        {
          orgId,
          conversationId: held.id,
          subjectPersonId: o.employeeA.id,
          ownerId: o.employeeA.id,
          text: 'Senere',
          dueDate: dayString(new Date(Date.now() + 5 * DAY)),
        },
      ]);
    await db()
      .insert(feedback)
      .values({
        orgId,
        fromId: o.colleagueA.id,
        toPersonId: o.employeeA.id,
        kind: 'recognition',
        text: 'Flot',
        createdAt: daysAgo(40),
      });

    const leader = await get(o.leaderA, '/overview');
    expect(leader.status).toBe(200);
    expect(leader.json.people.map((p: Person) => p.name)).toEqual(['Dorthe Pædagog', 'Erik Pædagog']);
    const [dorthe, erik] = leader.json.people;
    expect(dorthe).toMatchObject({
      id: o.employeeA.id,
      units: [{ id: o.units.room.id, name: 'Rød stue' }],
      goals: [
        {
          id: goal.id,
          title: 'Bedre samlinger',
          circle: { id: circle.id, phase: 'action', deadline: dayString(daysAgo(3)), status: 'open' },
        },
      ],
      lastOneToOne: held.startsAt.toISOString(),
      nextOneToOne: next.startsAt.toISOString(),
      overdueAgreements: 1,
      daysSinceFeedback: 40,
    });
    expect(dorthe.nudges).toEqual([
      { kind: 'circle_deadline_passed', goalId: goal.id },
      { kind: 'overdue_agreements', count: 1 },
      { kind: 'no_feedback' },
    ]);
    expect(erik).toMatchObject({
      goals: [],
      lastOneToOne: null,
      nextOneToOne: null,
      overdueAgreements: 0,
      daysSinceFeedback: null,
    });
    expect(erik.nudges.map((n: { kind: string }) => n.kind)).toEqual([
      'no_goal',
      'one_to_one_due',
      'no_feedback',
    ]);

    // The area leader sees the unit leaders, not the employees below them.
    const area = await get(o.areaLeader, '/overview');
    expect(area.json.people.map((p: Person) => p.name)).toEqual(['Bo Leder', 'Cecilie Leder']);
    expect(area.text).not.toContain('Dorthe');
    expect((await get(o.leaderB, '/overview')).json.people.map((p: Person) => p.name)).toEqual([
      'Frida Medhjælper',
    ]);
    for (const nonLeader of [o.employeeA, o.hr]) {
      const res = await get(nonLeader, '/overview');
      expect(res.status).toBe(200);
      expect(res.json.people).toEqual([]);
    }
  });

  it('audits the overview as a read of each person shown, once a day per leader, and shows it to them', async () => {
    const o = await buildTwoLayerOrg(db());
    await get(o.leaderA, '/overview');
    await get(o.leaderA, '/overview');
    const rows = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'overview.read')));
    expect(rows.map((r) => [r.actorId, r.subjectPersonId]).sort()).toEqual(
      [
        [o.leaderA.id, o.employeeA.id],
        [o.leaderA.id, o.colleagueA.id],
      ].sort(),
    );
    const log = await get(o.employeeA, '/me/access-log');
    expect(log.json.events).toEqual([
      expect.objectContaining({ action: 'overview.read', actor: { id: o.leaderA.id, name: o.leaderA.name } }),
    ]);
    // The area leader's overview shows the unit leaders, so it is their log that says so.
    await get(o.areaLeader, '/overview');
    const leaderLog = await get(o.leaderA, '/me/access-log');
    expect(
      leaderLog.json.events.map((e: { action: string; actor: { id: string } }) => [e.action, e.actor.id]),
    ).toEqual([['overview.read', o.areaLeader.id]]);
  });

  it('shows the development page and year summary to the person and their nearest leader only', async () => {
    const o = await buildTwoLayerOrg(db());
    const orgId = o.org.id;
    await goalWithCircle(db(), orgId, o.employeeA, 'Bedre samlinger', {
      deadline: null,
      updatedAt: new Date(),
    });
    await db()
      .insert(goals)
      .values({ orgId, subjectPersonId: o.employeeA.id, title: 'Gammelt mål', status: 'achieved' });
    await oneToOne(db(), orgId, o.leaderA, o.employeeA, daysAgo(10), 'held');
    const year = new Date().getUTCFullYear();
    for (const who of [o.employeeA, o.leaderA]) {
      const dev = await get(who, `/development/${o.employeeA.id}`);
      expect(dev.status, who.name).toBe(200);
      expect(
        dev.json.goals.map((g: { title: string; status: string }) => [g.title, g.status]).sort(),
      ).toEqual([
        ['Bedre samlinger', 'in_focus'],
        ['Gammelt mål', 'achieved'],
      ]);
      expect(dev.json.conversations.past).toHaveLength(1);
      expect((await get(who, `/development/${o.employeeA.id}/year/${year}`)).status).toBe(200);
    }
    for (const outsider of [o.colleagueA, o.hr, o.leaderB, o.areaLeader, o.employeeB]) {
      for (const path of [`/development/${o.employeeA.id}`, `/development/${o.employeeA.id}/year/${year}`]) {
        const res = await get(outsider, path);
        expect(res.status, `${outsider.name} ${path}`).toBe(404);
        expect(res.text).not.toContain('Bedre samlinger');
      }
    }
    // The area leader is the unit leader's nearest leader.
    expect((await get(o.areaLeader, `/development/${o.leaderA.id}`)).status).toBe(200);
    expect((await get(o.leaderA, `/development/${o.employeeA.id}/year/1800`)).status).toBe(400);
    expect((await get(o.leaderA, '/development/not-an-id')).status).toBe(400);

    const reads = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, 'development.read')));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.every((r) => r.actorId !== o.employeeA.id)).toBe(true);
  });

  it('summarises a calendar year without any private note', async () => {
    const o = await buildTwoLayerOrg(db());
    const orgId = o.org.id;
    const { goal } = await goalWithCircle(db(), orgId, o.employeeA, 'Sprogarbejde', {
      deadline: '2025-05-01',
      updatedAt: new Date('2025-04-01T10:00:00Z'),
      done: ['plan', 'action'],
      createdAt: new Date('2025-02-01T10:00:00Z'),
    });
    await db()
      .insert(goalEvents)
      .values({
        orgId,
        goalId: goal.id,
        fromStatus: 'in_focus',
        toStatus: 'achieved',
        at: new Date('2025-06-01T10:00:00Z'),
      });
    const talk = await oneToOne(
      db(),
      orgId,
      o.leaderA,
      o.employeeA,
      new Date('2025-03-10T09:00:00Z'),
      'held',
      'Vi talte om sprog',
    );
    await oneToOne(
      db(),
      orgId,
      o.leaderA,
      o.employeeA,
      new Date('2024-12-31T23:30:00Z'),
      'held',
      'Nytårssamtalen',
    ); // 1 January 2025 in Copenhagen
    await oneToOne(db(), orgId, o.leaderA, o.employeeA, new Date('2025-12-31T23:30:00Z'), 'held', 'Næste år'); // already 2026 in Copenhagen
    await db()
      .insert(privateNotes)
      .values([
        { orgId, conversationId: talk.id, authorId: o.leaderA.id, text: 'HEMMELIG lederens note' },
        { orgId, conversationId: talk.id, authorId: o.employeeA.id, text: 'HEMMELIG min egen note' },
      ]);
    await db()
      .insert(agreements)
      .values([
        {
          orgId,
          conversationId: talk.id,
          subjectPersonId: o.employeeA.id,
          ownerId: o.employeeA.id,
          text: 'Prøve sangkort',
          createdAt: new Date('2025-03-10T10:00:00Z'),
          doneAt: new Date('2025-04-01T10:00:00Z'),
        },
        {
          orgId,
          conversationId: talk.id,
          subjectPersonId: o.employeeA.id,
          ownerId: o.employeeA.id,
          text: 'Fra sidste år',
          createdAt: new Date('2024-03-10T10:00:00Z'),
        },
      ]);
    await db()
      .insert(feedback)
      .values([
        {
          orgId,
          fromId: o.colleagueA.id,
          toPersonId: o.employeeA.id,
          kind: 'recognition',
          text: 'a',
          createdAt: new Date('2025-02-01T10:00:00Z'),
        },
        {
          orgId,
          fromId: o.colleagueA.id,
          toPersonId: o.employeeA.id,
          kind: 'recognition',
          text: 'b',
          createdAt: new Date('2025-09-01T10:00:00Z'),
        },
        {
          orgId,
          fromId: o.leaderA.id,
          toPersonId: o.employeeA.id,
          kind: 'observation',
          text: 'c',
          createdAt: new Date('2025-09-02T10:00:00Z'),
        },
        {
          orgId,
          fromId: o.leaderA.id,
          toPersonId: o.employeeA.id,
          kind: 'observation',
          text: 'd',
          createdAt: new Date('2024-09-02T10:00:00Z'),
        },
      ]);

    for (const who of [o.employeeA, o.leaderA]) {
      const res = await get(who, `/development/${o.employeeA.id}/year/2025`);
      expect(res.status).toBe(200);
      expect(res.text).not.toContain('HEMMELIG');
      const s = res.json;
      expect(s.conversations.map((c: { summary: string }) => c.summary)).toEqual([
        'Nytårssamtalen',
        'Vi talte om sprog',
      ]);
      expect(s.goals).toMatchObject([
        { id: goal.id, title: 'Sprogarbejde', changes: [{ from: 'in_focus', to: 'achieved' }] },
      ]);
      expect(s.circles).toMatchObject([
        {
          goal: { id: goal.id, title: 'Sprogarbejde' },
          phasesDone: ['plan', 'action'],
          phaseCount: 6,
          finished: false,
        },
      ]);
      expect(s.agreements).toMatchObject([{ text: 'Prøve sangkort', done: true }]);
      expect(s.feedbackByKind).toEqual([
        { kind: 'observation', count: 1 },
        { kind: 'recognition', count: 2 },
      ]);
    }
  });
});
