import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildTeam, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { initiativeParticipants, initiatives } from '../competence/schema.js';
import { licenceDefinitions, practiceReviews } from '../licences/schema.js';
import { conversationParticipants, conversations } from '../conversations/schema.js';

const DAY = 86_400_000;

describeEachEngine('the resource person’s start', (env) => {
  it('names whom they support, the reviews they are to hold, the licences they certify and the meetings they facilitate; others are refused', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const school = await buildUnit(db, org, { kind: 'institution', name: 'Skolen' });
    const other = await buildUnit(db, org, { kind: 'institution', name: 'Børnehuset' });
    const leader = await buildPerson(db, org, {
      name: 'Tove Leder',
      roles: [{ unit: school, role: 'leader' }],
    });
    const karen = await buildPerson(db, org, {
      name: 'Karen Vejleder',
      roles: [
        { unit: school, role: 'employee' },
        { unit: school, role: 'resource_person' },
      ],
    });
    const anders = await buildPerson(db, org, {
      name: 'Anders Lærer',
      roles: [{ unit: school, role: 'employee' }],
    });
    const lene = await buildPerson(db, org, {
      name: 'Lene Lærer',
      roles: [{ unit: school, role: 'employee' }],
    });
    const outside = await buildPerson(db, org, {
      name: 'Ulla Ude',
      roles: [{ unit: other, role: 'employee' }],
    });
    const team = await buildTeam(db, org, { unit: school, name: 'Matematik', members: [karen, anders] });
    await buildTeam(db, org, { unit: other, name: 'Børnehusets team', members: [outside] });
    const [initiative] = await db
      .insert(initiatives)
      .values({
        orgId: org.id,
        unitId: school.id,
        ownerId: leader.id,
        title: 'Rolige overgange',
        status: 'running',
        data: { phases: {} },
      })
      .returning();
    await db.insert(initiativeParticipants).values([
      {
        orgId: org.id,
        initiativeId: initiative!.id,
        personId: karen.id,
        currentLevel: 'very_experienced',
        targetLevel: 'resource_person',
      },
      {
        orgId: org.id,
        initiativeId: initiative!.id,
        personId: lene.id,
        currentLevel: 'beginner',
        targetLevel: 'independently',
      },
    ]);
    const meaning = { meaningC: 'C', meaningB: 'B', meaningA: 'A' };
    const [licence] = await db
      .insert(licenceDefinitions)
      .values({
        orgId: org.id,
        unitId: school.id,
        task: 'Forældresamtalen',
        ...meaning,
        createdBy: leader.id,
      })
      .returning();
    await db
      .insert(licenceDefinitions)
      .values({ orgId: org.id, unitId: other.id, task: 'Måltidet', ...meaning });
    const soon = new Date(Date.now() + 3 * DAY);
    const [review] = await db
      .insert(practiceReviews)
      .values({
        orgId: org.id,
        definitionId: licence!.id,
        personId: lene.id,
        reviewerId: karen.id,
        startsAt: soon,
        focus: 'Samtalens start',
        calendarUid: 'review-1',
      })
      .returning();
    const [tus] = await db
      .insert(conversations)
      .values({
        orgId: org.id,
        kind: 'team',
        teamId: team.id,
        startsAt: new Date(Date.now() + 9 * DAY),
        status: 'planned',
        calendarUid: 'tus-1',
      })
      .returning();
    const [past] = await db
      .insert(conversations)
      .values({
        orgId: org.id,
        kind: 'team',
        teamId: team.id,
        startsAt: new Date(Date.now() - 9 * DAY),
        status: 'held',
        calendarUid: 'tus-0',
      })
      .returning();
    for (const c of [tus!, past!])
      await db.insert(conversationParticipants).values([
        { orgId: org.id, conversationId: c.id, personId: karen.id, role: 'facilitator' },
        { orgId: org.id, conversationId: c.id, personId: anders.id, role: 'participant' },
      ]);

    const res = await call(app, 'GET', '/api/support', { as: await signInAs(db, config, karen) });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      teams: [{ id: team.id, name: 'Matematik', members: [{ id: anders.id, name: 'Anders Lærer' }] }],
      initiatives: [
        { id: initiative!.id, name: 'Rolige overgange', participants: [{ id: lene.id, name: 'Lene Lærer' }] },
      ],
      reviews: [
        {
          id: review!.id,
          startsAt: soon.toISOString(),
          task: 'Forældresamtalen',
          person: { id: lene.id, name: 'Lene Lærer' },
        },
      ],
      licences: [{ id: licence!.id, task: 'Forældresamtalen', unit: { id: school.id, name: 'Skolen' } }],
      meetings: [{ id: tus!.id, startsAt: tus!.startsAt.toISOString(), kind: 'team', team: 'Matematik' }],
    });
    // Levels stay with the person and their leader.
    expect(JSON.stringify(res.json)).not.toMatch(/beginner|independently/);

    for (const person of [anders, leader, outside]) {
      const refused = await call(app, 'GET', '/api/support', { as: await signInAs(db, config, person) });
      expect(refused.status).toBe(403);
    }
  });
});
