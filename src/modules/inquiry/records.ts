import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { ServiceError, notFound } from '../../server/http/errors.js';
import { isGoalSharedWithActor, subjectRelation } from '../../server/policy/subject-access.js';
import { people, teams } from '../org/schema.js';
import { goals } from '../goals/schema.js';
import { FORMS } from './forms/index.js';
import { currentPhase, progress } from './merge.js';
import { inquiries, inquiryCollaborators } from './schema.js';
import type { CircleAnswer, CircleRelation } from './answers.js';

// Loading, access and presentation of learning circles, shared by the circle services.

export type CircleRow = typeof inquiries.$inferSelect;

export async function loadCircle(
  db: Db,
  orgId: string,
  id: string,
  lock = false,
): Promise<CircleRow | undefined> {
  const query = db
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.orgId, orgId), eq(inquiries.id, id), eq(inquiries.form, 'learning_circle')));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** How the actor stands to a circle (answers.ts circleRelation says what each means); null for no relation. */
export async function circleRelation(
  ctx: SignedInContext,
  circle: CircleRow,
): Promise<CircleRelation | null> {
  const subject = circle.subjectPersonId
    ? { personId: circle.subjectPersonId }
    : { teamId: circle.subjectTeamId! };
  const relation = await subjectRelation(ctx, subject);
  // A team circle is the team's work: its members and its leaders write it alike.
  if (relation) return circle.subjectTeamId ? 'owner' : relation;
  const [invited] = await ctx.db
    .select({ id: inquiryCollaborators.id })
    .from(inquiryCollaborators)
    .where(
      and(
        eq(inquiryCollaborators.orgId, ctx.actor.orgId),
        eq(inquiryCollaborators.inquiryId, circle.id),
        eq(inquiryCollaborators.personId, ctx.actor.personId),
      ),
    );
  if (invited) return 'collaborator';
  // A shared goal opens its circles once they are finished: work in progress stays the owner's.
  if (circle.goalId && circle.status === 'done' && (await isGoalSharedWithActor(ctx, circle.goalId)))
    return 'shared';
  return null;
}

/** The circle and the actor's relation to it; 404 for anyone without one (ids cannot be probed). */
export async function loadReadableCircle(ctx: SignedInContext, id: string, lock = false) {
  const circle = await loadCircle(ctx.db, ctx.actor.orgId, id, lock);
  if (!circle) throw notFound('No such circle');
  const relation = await circleRelation(ctx, circle);
  if (!relation) throw notFound('No such circle');
  return { circle, relation };
}

export const canWrite = (relation: CircleRelation) => relation === 'owner' || relation === 'collaborator';

/** The circle, for those who work on it: its owner and invited colleagues. */
export async function loadWritableCircle(ctx: SignedInContext, id: string, lock = false) {
  const loaded = await loadReadableCircle(ctx, id, lock);
  if (!canWrite(loaded.relation))
    throw new ServiceError('FORBIDDEN', 'Only the circle’s owner and invited colleagues may change it');
  return loaded;
}

/** The circle, for its owner only (collaborators, the next circle). */
export async function loadOwnCircle(ctx: SignedInContext, id: string, lock = false) {
  const loaded = await loadReadableCircle(ctx, id, lock);
  if (loaded.relation !== 'owner') throw new ServiceError('FORBIDDEN', 'Only the circle’s owner may do this');
  return loaded;
}

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
