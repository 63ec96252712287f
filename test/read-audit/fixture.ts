// The records the read-audit test reads (test/read-audit.test.ts): a subject in a two-layer
// organisation with a goal, a circle, a 1:1, feedback, an initiative and a practice review.
import type { Database } from '../../src/server/db/client.js';
import { buildPerson, buildTeam, buildTwoLayerOrg } from '../factories.js';
import { goalShares, goals } from '../../src/modules/goals/schema.js';
import { inquiries } from '../../src/modules/inquiry/schema.js';
import {
  agreements,
  cadences,
  conversationParticipants,
  conversations,
} from '../../src/modules/conversations/schema.js';
import { feedback } from '../../src/modules/feedback/schema.js';
import { initiativeParticipants, initiatives } from '../../src/modules/competence/schema.js';
import { licenceDefinitions, practiceReviews } from '../../src/modules/licences/schema.js';

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;

export async function buildFixture(env: () => { database: Database }) {
  const db = env().database.db;
  const o = await buildTwoLayerOrg(db);
  const orgId = o.org.id;
  const subject = o.employeeA;
  // A second nearest leader, who does not hold the 1:1: an observer of it.
  const observer = await buildPerson(db, o.org, {
    name: 'Hans Souschef',
    roles: [{ unit: o.units.instA, role: 'leader' }],
  });
  const team = await buildTeam(db, o.org, { unit: o.units.instA, members: [subject, o.colleagueA] });
  const [goal] = await db
    .insert(goals)
    .values({ orgId, subjectPersonId: subject.id, title: 'Stille åbne spørgsmål' })
    .returning();
  await db.insert(goalShares).values([
    { orgId, goalId: goal!.id, personId: o.colleagueA.id },
    { orgId, goalId: goal!.id, teamId: team.id },
  ]);
  const [circle] = await db
    .insert(inquiries)
    .values({
      orgId,
      form: 'learning_circle',
      subjectPersonId: subject.id,
      goalId: goal!.id,
      status: 'done',
      data: { phases: {} },
    })
    .returning();
  const [conversation] = await db
    .insert(conversations)
    .values({
      orgId,
      kind: 'one_to_one',
      startsAt: new Date(Date.now() - 7 * 86_400_000),
      status: 'held',
      calendarUid: `uid-${goal!.id}`,
    })
    .returning();
  await db.insert(conversationParticipants).values([
    { orgId, conversationId: conversation!.id, personId: o.leaderA.id, role: 'leader' },
    { orgId, conversationId: conversation!.id, personId: subject.id, role: 'subject' },
  ]);
  await db.insert(agreements).values({
    orgId,
    conversationId: conversation!.id,
    subjectPersonId: subject.id,
    ownerId: subject.id,
    text: 'Prøve en ny samling',
  });
  await db.insert(cadences).values({ orgId, leaderId: o.leaderA.id, personId: subject.id, intervalWeeks: 6 });
  const [given] = await db
    .insert(feedback)
    .values({
      orgId,
      fromId: o.colleagueA.id,
      toPersonId: subject.id,
      kind: 'recognition',
      text: 'Godt gået',
    })
    .returning();
  const [initiative] = await db
    .insert(initiatives)
    .values({
      orgId,
      unitId: o.units.instA.id,
      ownerId: o.leaderA.id,
      title: 'Konflikter',
      data: { phases: {} },
    })
    .returning();
  await db.insert(initiativeParticipants).values({
    orgId,
    initiativeId: initiative!.id,
    personId: subject.id,
    currentLevel: 'beginner',
    targetLevel: 'independently',
  });
  const [licence] = await db
    .insert(licenceDefinitions)
    .values({
      orgId,
      unitId: o.units.instA.id,
      task: 'Måltidet',
      meaningC: 'C',
      meaningB: 'B',
      meaningA: 'A',
    })
    .returning();
  const [practiceReview] = await db
    .insert(practiceReviews)
    .values({
      orgId,
      definitionId: licence!.id,
      personId: subject.id,
      reviewerId: o.leaderA.id,
      startsAt: new Date(),
      focus: 'Samtalen ved bordet',
      calendarUid: `uid-review-${goal!.id}`,
    })
    .returning();
  return {
    o,
    subject,
    observer,
    practiceReview: practiceReview!,
    team,
    initiative: initiative!,
    goal: goal!,
    circle: circle!,
    conversation: conversation!,
    feedback: given!,
  };
}
