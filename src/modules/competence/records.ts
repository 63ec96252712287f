import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { forbidden, notFound } from '../../server/http/errors.js';
import { toInstant } from '../../shared/answers.js';
import { localDay } from '../../shared/time.js';
import { people, units } from '../org/schema.js';
import { frameItems } from '../framing/schema.js';
import {
  initiativeCourses,
  initiativeFrameItems,
  initiativeParticipants,
  initiativePlanLines,
  initiatives,
} from './schema.js';
import { initiativeAccess, mayEditInitiative, seesPerson, type InitiativeAccess } from './access.js';
import { TASK_TEST_FIELDS } from './form.js';
import type { Course, Initiative, Participant, PlanLine } from './answers.js';
import type { TaskTestKey } from './content/fields.js';

// Loading, access and presentation of initiatives, shared by the competence services.

const owners = alias(people, 'owners');

export async function loadInitiative(db: Db, orgId: string, id: string, lock = false) {
  const query = db
    .select({
      id: initiatives.id,
      unitId: initiatives.unitId,
      unitName: units.name,
      ownerId: initiatives.ownerId,
      ownerName: owners.name,
      title: initiatives.title,
      status: initiatives.status,
      caseKey: initiatives.caseKey,
      data: initiatives.data,
      version: initiatives.version,
      updatedAt: initiatives.updatedAt,
    })
    .from(initiatives)
    .innerJoin(units, and(eq(units.orgId, initiatives.orgId), eq(units.id, initiatives.unitId)))
    .leftJoin(owners, and(eq(owners.orgId, initiatives.orgId), eq(owners.id, initiatives.ownerId)))
    .where(and(eq(initiatives.orgId, orgId), eq(initiatives.id, id)));
  const [row] = lock ? await query.for('update', { of: initiatives }) : await query;
  return row;
}
export type InitiativeRow = NonNullable<Awaited<ReturnType<typeof loadInitiative>>>;

/** The initiative with the actor's access to it, or 404 when they have none. */
export async function loadReadableInitiative(ctx: SignedInContext, id: string, lock = false) {
  const row = await loadInitiative(ctx.db, ctx.actor.orgId, id, lock);
  const access = row && (await initiativeAccess(ctx, row));
  if (!row || !access) throw notFound('No such initiative');
  return { row, access };
}

/** An initiative the actor maintains; a participant or their leader gets 403, anyone else 404. */
export async function loadEditableInitiative(ctx: SignedInContext, id: string, lock = false) {
  const found = await loadReadableInitiative(ctx, id, lock);
  if (!mayEditInitiative(found.access)) throw forbidden('Only the initiative’s owners change it');
  return found;
}

export function failingTests(data: InitiativeRow['data']): TaskTestKey[] {
  const task = data.phases.task?.fields ?? {};
  return (Object.keys(TASK_TEST_FIELDS) as TaskTestKey[]).filter((k) => task[TASK_TEST_FIELDS[k]] === 'no');
}

export async function participantRows(db: Db, orgId: string, initiativeIds: string[]) {
  if (initiativeIds.length === 0) return [];
  return db
    .select({
      id: initiativeParticipants.id,
      initiativeId: initiativeParticipants.initiativeId,
      personId: initiativeParticipants.personId,
      personName: people.name,
      currentLevel: initiativeParticipants.currentLevel,
      targetLevel: initiativeParticipants.targetLevel,
      proposedGoal: initiativeParticipants.proposedGoal,
      proposalStatus: initiativeParticipants.proposalStatus,
      goalId: initiativeParticipants.goalId,
      version: initiativeParticipants.version,
    })
    .from(initiativeParticipants)
    .innerJoin(
      people,
      and(eq(people.orgId, initiativeParticipants.orgId), eq(people.id, initiativeParticipants.personId)),
    )
    .where(
      and(
        eq(initiativeParticipants.orgId, orgId),
        inArray(initiativeParticipants.initiativeId, initiativeIds),
      ),
    )
    .orderBy(asc(people.name), asc(people.id));
}
type ParticipantRow = Awaited<ReturnType<typeof participantRows>>[number];

export const presentParticipant = (p: ParticipantRow): Participant => ({
  id: p.id,
  person: { id: p.personId, name: p.personName },
  currentLevel: p.currentLevel,
  targetLevel: p.targetLevel,
  proposedGoal: p.proposedGoal,
  proposalStatus: p.proposalStatus,
  goalId: p.goalId,
  version: p.version,
});

export async function planLineRows(db: Db, orgId: string, initiativeIds: string[]) {
  if (initiativeIds.length === 0) return [];
  return db
    .select({
      id: initiativePlanLines.id,
      initiativeId: initiativePlanLines.initiativeId,
      kind: initiativePlanLines.kind,
      phase: initiativePlanLines.phase,
      text: initiativePlanLines.text,
      formats: initiativePlanLines.formats,
      people: initiativePlanLines.people,
      ownerId: initiativePlanLines.ownerId,
      ownerName: people.name,
      startsOn: initiativePlanLines.startsOn,
      endsOn: initiativePlanLines.endsOn,
      doneAt: initiativePlanLines.doneAt,
      version: initiativePlanLines.version,
    })
    .from(initiativePlanLines)
    .leftJoin(
      people,
      and(eq(people.orgId, initiativePlanLines.orgId), eq(people.id, initiativePlanLines.ownerId)),
    )
    .where(
      and(eq(initiativePlanLines.orgId, orgId), inArray(initiativePlanLines.initiativeId, initiativeIds)),
    )
    .orderBy(
      asc(initiativePlanLines.startsOn),
      asc(initiativePlanLines.createdAt),
      asc(initiativePlanLines.id),
    );
}
type PlanLineRow = Awaited<ReturnType<typeof planLineRows>>[number];

export const presentPlanLine = (l: PlanLineRow): PlanLine => ({
  id: l.id,
  kind: l.kind,
  phase: l.phase,
  text: l.text,
  formats: l.formats,
  people: l.people,
  owner: l.ownerId && l.ownerName ? { id: l.ownerId, name: l.ownerName } : null,
  startsOn: l.startsOn,
  endsOn: l.endsOn,
  done: l.doneAt !== null,
  version: l.version,
});

export async function courseRows(db: Db, orgId: string, initiativeIds: string[]) {
  if (initiativeIds.length === 0) return [];
  return db
    .select({
      id: initiativeCourses.id,
      initiativeId: initiativeCourses.initiativeId,
      personId: initiativeCourses.personId,
      personName: people.name,
      title: initiativeCourses.title,
      courseOn: initiativeCourses.courseOn,
      beforeOn: initiativeCourses.beforeOn,
      followUpOn: initiativeCourses.followUpOn,
      expectations: initiativeCourses.expectations,
      commitment: initiativeCourses.commitment,
      application: initiativeCourses.application,
      followUp: initiativeCourses.followUp,
      followedUpAt: initiativeCourses.followedUpAt,
      version: initiativeCourses.version,
    })
    .from(initiativeCourses)
    .innerJoin(
      people,
      and(eq(people.orgId, initiativeCourses.orgId), eq(people.id, initiativeCourses.personId)),
    )
    .where(and(eq(initiativeCourses.orgId, orgId), inArray(initiativeCourses.initiativeId, initiativeIds)))
    .orderBy(asc(initiativeCourses.courseOn), asc(people.name), asc(initiativeCourses.id));
}
type CourseRow = Awaited<ReturnType<typeof courseRows>>[number];

export const presentCourse = (c: CourseRow, today: string): Course => ({
  id: c.id,
  person: { id: c.personId, name: c.personName },
  title: c.title,
  courseOn: c.courseOn,
  beforeOn: c.beforeOn,
  followUpOn: c.followUpOn,
  expectations: c.expectations,
  commitment: c.commitment,
  application: c.application,
  followUp: c.followUp,
  followedUpAt: toInstant(c.followedUpAt),
  followUpMissing: c.followedUpAt === null && c.followUpOn < today,
  version: c.version,
});

export async function linkedFrameItems(db: Db, orgId: string, initiativeId: string) {
  return db
    .select({ id: frameItems.id, title: frameItems.title, kind: frameItems.kind })
    .from(initiativeFrameItems)
    .innerJoin(
      frameItems,
      and(
        eq(frameItems.orgId, initiativeFrameItems.orgId),
        eq(frameItems.id, initiativeFrameItems.frameItemId),
      ),
    )
    .where(and(eq(initiativeFrameItems.orgId, orgId), eq(initiativeFrameItems.initiativeId, initiativeId)))
    .orderBy(asc(frameItems.position), asc(frameItems.title));
}

/** The whole initiative as the actor may see it. */
export async function initiativeDetail(
  ctx: SignedInContext,
  row: InitiativeRow,
  access: InitiativeAccess,
): Promise<Initiative> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const today = localDay(ctx.now());
  const participants = await participantRows(db, orgId, [row.id]);
  const courses = await courseRows(db, orgId, [row.id]);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    unit: { id: row.unitId, name: row.unitName },
    owner: row.ownerId && row.ownerName ? { id: row.ownerId, name: row.ownerName } : null,
    caseKey: row.caseKey,
    fields: Object.fromEntries(Object.entries(row.data.phases).map(([k, v]) => [k, v.fields])),
    failingTests: failingTests(row.data),
    frameItems: await linkedFrameItems(db, orgId, row.id),
    planLines: (await planLineRows(db, orgId, [row.id])).map(presentPlanLine),
    participants: participants.filter((p) => seesPerson(access, p.personId)).map(presentParticipant),
    participantCount: participants.length,
    courses: courses.filter((c) => seesPerson(access, c.personId)).map((c) => presentCourse(c, today)),
    version: row.version,
    updatedAt: toInstant(row.updatedAt),
    relation: access.relation,
    can: { edit: mayEditInitiative(access) },
  };
}
