import { like } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { goals } from '../goals/schema.js';
import { agreements, conversationParticipants, conversations } from '../conversations/schema.js';
import { feedback } from '../feedback/schema.js';

const DAY = 24 * 60 * 60 * 1000;

describeEachEngine('the home page', (env) => {
  const db = () => env().database.db;
  const get = async (who: Person) =>
    call(env().app, 'GET', '/api/home', { as: await signInAs(db(), env().config, who) });

  it('shows a person their own goals, coming conversations, agreements they own and latest feedback, and audits nothing', async () => {
    const o = await buildTwoLayerOrg(db());
    const orgId = o.org.id;
    await db().insert(goals).values({ orgId, subjectPersonId: o.employeeA.id, title: 'Lytte mere' });
    await db().insert(goals).values({ orgId, subjectPersonId: o.colleagueA.id, title: 'Kollegaens mål' });
    const [soon] = await db()
      .insert(conversations)
      .values({
        orgId,
        kind: 'one_to_one',
        startsAt: new Date(Date.now() + 5 * DAY),
        calendarUid: `u-${Math.random()}`,
      })
      .returning();
    const [later] = await db()
      .insert(conversations)
      .values({
        orgId,
        kind: 'one_to_one',
        startsAt: new Date(Date.now() + 60 * DAY),
        calendarUid: `u-${Math.random()}`,
      })
      .returning();
    for (const c of [soon!, later!]) {
      await db()
        .insert(conversationParticipants)
        .values([
          { orgId, conversationId: c.id, personId: o.leaderA.id, role: 'leader' },
          { orgId, conversationId: c.id, personId: o.employeeA.id, role: 'subject' },
        ]);
    }
    const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    await db()
      .insert(agreements)
      .values([
        {
          orgId,
          conversationId: soon!.id,
          subjectPersonId: o.employeeA.id,
          ownerId: o.employeeA.id,
          text: 'Læse kapitlet',
          dueDate: yesterday,
        },
        {
          orgId,
          conversationId: soon!.id,
          subjectPersonId: o.employeeA.id,
          ownerId: o.leaderA.id,
          text: 'Lederens aftale',
        },
      ]);
    await db().insert(feedback).values({
      orgId,
      fromId: o.leaderA.id,
      toPersonId: o.employeeA.id,
      kind: 'recognition',
      text: 'Flot samling',
    });

    const home = await get(o.employeeA);
    expect(home.status).toBe(200);
    expect(home.json.goals.map((g: { title: string }) => g.title)).toEqual(['Lytte mere']);
    expect(home.json.upcoming).toEqual([
      expect.objectContaining({ id: soon!.id, kind: 'one_to_one', role: 'subject', with: o.leaderA.name }),
    ]);
    expect(home.json.agreements).toEqual([
      expect.objectContaining({ text: 'Læse kapitlet', overdue: true, conversationId: soon!.id }),
    ]);
    expect(home.json.feedback).toEqual([
      expect.objectContaining({ kind: 'recognition', from: o.leaderA.name }),
    ]);
    expect(home.text).not.toContain('Flot samling');
    expect(home.text).not.toContain('Kollegaens mål');
    expect(home.json.leader).toBeNull();

    const leader = await get(o.leaderA);
    expect(leader.json.upcoming).toEqual([
      expect.objectContaining({ id: soon!.id, role: 'leader', with: o.employeeA.name }),
    ]);
    expect(leader.json.agreements.map((a: { text: string }) => a.text)).toEqual(['Lederens aftale']);
    // The leader has led 1:1s already, so no first step; Dorthe is the first of the two by name.
    expect(leader.json.leader).toEqual({
      people: 2,
      oneToOnes: 2,
      firstPerson: { id: o.employeeA.id, name: 'Dorthe Pædagog' },
    });
    expect(home.json.hasGoals).toBe(true);
    expect(leader.json.hasGoals).toBe(false);
    // A leader with people but no 1:1 yet is led to plan the first, with Frida.
    const fresh = await get(o.leaderB);
    expect(fresh.json.leader).toEqual({
      people: 1,
      oneToOnes: 0,
      firstPerson: { id: o.employeeB.id, name: 'Frida Medhjælper' },
    });
    expect(leader.text).not.toContain('Lytte mere');
    // Only one's own things: no read of anyone's record to audit.
    expect(await db().select().from(auditEvents).where(like(auditEvents.action, '%.read'))).toEqual([]);
  });
});
