import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { people, teams } from '../org/schema.js';
import { goals } from '../goals/schema.js';
import { FORMS } from './forms/index.js';
import { currentPhase, progress } from './merge.js';
import { inquiries, inquiryCollaborators } from './schema.js';
import type { CircleAnswer } from './answers.js';
import { canWrite, type CircleRelation, type CircleRow } from './access.js';
import { nextMeeting } from './next-meeting.js';
import { localDay } from '../../shared/time.js';

// Loading and presentation of learning circles, shared by the circle services (access: access.ts).

export async function listCollaborators(db: Db, orgId: string, circleId: string) {
  return db
    .select({ id: people.id, name: people.name })
    .from(inquiryCollaborators)
    .innerJoin(
      people,
      and(eq(people.orgId, inquiryCollaborators.orgId), eq(people.id, inquiryCollaborators.personId)),
    )
    .where(and(eq(inquiryCollaborators.orgId, orgId), eq(inquiryCollaborators.inquiryId, circleId)))
    .orderBy(asc(people.name), asc(people.id));
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The circle as every circle route answers it, with what the actor may do. */
export async function circleDetail(
  ctx: SignedInContext,
  circle: CircleRow,
  relation: CircleRelation,
): Promise<CircleAnswer> {
  const { db } = ctx;
  const orgId = ctx.actor.orgId;
  const form = FORMS[circle.form];
  const [goal] = circle.goalId
    ? await db
        .select({ id: goals.id, title: goals.title })
        .from(goals)
        .where(and(eq(goals.orgId, orgId), eq(goals.id, circle.goalId)))
    : [];
  const [subject] = circle.subjectPersonId
    ? await db
        .select({ id: people.id, name: people.name })
        .from(people)
        .where(and(eq(people.orgId, orgId), eq(people.id, circle.subjectPersonId)))
    : [];
  const [team] = circle.subjectTeamId
    ? await db
        .select({ id: teams.id, name: teams.name })
        .from(teams)
        .where(and(eq(teams.orgId, orgId), eq(teams.id, circle.subjectTeamId)))
    : [];
  const [next] = await db
    .select({ id: inquiries.id })
    .from(inquiries)
    .where(and(eq(inquiries.orgId, orgId), eq(inquiries.previousId, circle.id)))
    .limit(1);
  const write = canWrite(relation);
  const subjectRef = circle.subjectPersonId
    ? { personId: circle.subjectPersonId }
    : circle.subjectTeamId
      ? { teamId: circle.subjectTeamId }
      : null;
  const meeting =
    circle.status === 'open' && subjectRef ? await nextMeeting(db, orgId, subjectRef, ctx.now()) : null;
  return {
    circle: {
      id: circle.id,
      form: circle.form,
      goal: goal ?? null,
      person: subject ?? null,
      team: team ?? null,
      sequence: circle.sequence,
      previousId: circle.previousId,
      nextId: next?.id ?? null,
      status: circle.status,
      deadline: circle.deadline,
      nextMeeting: meeting ? localDay(meeting) : null,
      phases: form.phases.map((p) => ({
        key: p.key,
        done: circle.data.phases[p.key]?.done ?? false,
        fields: Object.fromEntries(
          p.fields.map((f) => [f.key, circle.data.phases[p.key]?.fields[f.key] ?? '']),
        ),
      })),
      currentPhase: currentPhase(form, circle.data),
      progress: progress(form, circle.data),
      version: circle.version,
      createdAt: iso(circle.createdAt)!,
      updatedAt: iso(circle.updatedAt)!,
      finishedAt: iso(circle.finishedAt),
      collaborators: relation === 'shared' ? [] : await listCollaborators(db, orgId, circle.id),
    },
    relation,
    can: {
      edit: write,
      manageCollaborators: relation === 'owner',
      startNext: relation === 'owner' && circle.status === 'done' && !next,
      history: true,
    },
  };
}
