import crypto from 'node:crypto';
import { FORMS } from '../src/modules/inquiry/forms/index.js';
import { emptyData } from '../src/modules/inquiry/merge.js';
import {
  inquiries,
  inquiryCollaborators,
  inquiryRevisions,
  type FieldChange,
  type RevisionChanges,
} from '../src/modules/inquiry/schema.js';
import { spec, type TableSpec } from './batch.js';
import {
  addDays,
  between,
  dateOnly,
  DAY,
  nextMeetingAfter,
  type ActivityContext,
  type PlannedGoal,
  type Schedule,
} from './activity-context.js';
import { CIRCLE_FIELDS, THEMES, withTheme } from './texts.js';

export const INQUIRIES = spec(inquiries, [
  'id',
  'orgId',
  'form',
  'subjectPersonId',
  'subjectTeamId',
  'goalId',
  'previousId',
  'sequence',
  'deadline',
  'status',
  'data',
  'version',
  'createdBy',
  'createdAt',
  'updatedAt',
  'finishedAt',
]);
export const REVISIONS = spec(inquiryRevisions, [
  'id',
  'orgId',
  'inquiryId',
  'version',
  'actorId',
  'changes',
  'at',
]);
export const COLLABORATORS = spec(inquiryCollaborators, [
  'id',
  'orgId',
  'inquiryId',
  'personId',
  'createdAt',
]);

const FORM = FORMS.learning_circle;

export interface CirclePlan {
  subject: { personId: string } | { teamId: string };
  /** Who writes it: the person, or for a team the member who keeps it. */
  authorId: string;
  goalId: string;
  theme: number;
  sequence: number;
  previousId: string | null;
  /** Phases marked done, in order (0–6); 6 finishes the circle. */
  donePhases: number;
  /** Whether the phase after the done ones has some fields filled in. */
  started: boolean;
  createdAt: Date;
  /** The last save. */
  touchedAt: Date;
  deadline: Date | null;
  collaboratorId: string | null;
}

/**
 * One learning circle as the inquiry services leave it: its data (the form's phases and fields,
 * see src/modules/inquiry/forms and merge.ts), its first revision with the deadline, one save per
 * phase worked on (the fields applied and the phase marked done), and an invited colleague.
 */
export function emitCircle(
  ctx: ActivityContext,
  emit: (spec: TableSpec, row: unknown[]) => void,
  c: CirclePlan,
): string {
  const { random, plan } = ctx;
  const id = crypto.randomUUID();
  const theme = THEMES[c.theme]!;
  const data = emptyData(FORM);
  const saves: RevisionChanges[] = [];
  FORM.phases.forEach((phase, index) => {
    if (index > c.donePhases || (index === c.donePhases && !c.started)) return;
    const done = index < c.donePhases;
    // A phase in progress has its first fields written, not all of them.
    const fields = done
      ? phase.fields
      : phase.fields.slice(0, Math.max(1, random.int(1, phase.fields.length - 1)));
    const changes: FieldChange[] = fields.map((f) => {
      const to = withTheme(random.pick(CIRCLE_FIELDS[phase.key]![f.key]!), theme);
      data.phases[phase.key]!.fields[f.key] = to;
      return { phase: phase.key, field: f.key, from: '', to };
    });
    if (done) data.phases[phase.key]!.done = true;
    saves.push({ fields: changes, done: done ? [{ phase: phase.key, done: true }] : [] });
  });
  const finished = c.donePhases >= FORM.phases.length;
  const deadline = c.deadline ? dateOnly(c.deadline) : null;
  const subjectPersonId = 'personId' in c.subject ? c.subject.personId : null;
  const subjectTeamId = 'teamId' in c.subject ? c.subject.teamId : null;
  const version = 1 + saves.length;
  emit(INQUIRIES, [
    id,
    plan.orgId,
    'learning_circle',
    subjectPersonId,
    subjectTeamId,
    c.goalId,
    c.previousId,
    c.sequence,
    deadline,
    finished ? 'done' : 'open',
    JSON.stringify(data),
    version,
    c.authorId,
    c.createdAt,
    c.touchedAt,
    finished ? c.touchedAt : null,
  ]);
  const first: RevisionChanges = { fields: [], done: [], deadline: { from: null, to: deadline } };
  emit(REVISIONS, [crypto.randomUUID(), plan.orgId, id, 1, c.authorId, JSON.stringify(first), c.createdAt]);
  const span = c.touchedAt.getTime() - c.createdAt.getTime();
  saves.forEach((changes, i) => {
    const at = new Date(c.createdAt.getTime() + (span * (i + 1)) / saves.length);
    // The colleague writes some of the later phases.
    const actor = c.collaboratorId && i > 1 && random.chance(0.3) ? c.collaboratorId : c.authorId;
    emit(REVISIONS, [crypto.randomUUID(), plan.orgId, id, i + 2, actor, JSON.stringify(changes), at]);
  });
  if (c.collaboratorId) {
    emit(COLLABORATORS, [
      crypto.randomUUID(),
      plan.orgId,
      id,
      c.collaboratorId,
      between(random, c.createdAt, c.touchedAt),
    ]);
  }
  return id;
}

/** The circle(s) of one goal, at a stage that fits the goal's status and age. */
export function emitCirclesOf(
  ctx: ActivityContext,
  emit: (spec: TableSpec, row: unknown[]) => void,
  subject: { personId: string } | { teamId: string },
  authorId: string,
  g: PlannedGoal,
  schedule: Schedule | undefined,
  colleague: () => string | null,
) {
  const { random, now } = ctx;
  const end = g.closedAt ?? now;
  // A goal written in the last weeks may not have its circle yet.
  if (g.status === 'in_focus' && now.getTime() - g.createdAt.getTime() < 40 * DAY && random.chance(0.3))
    return;
  const createdAt = between(
    random,
    g.createdAt,
    new Date(Math.min(end.getTime(), g.createdAt.getTime() + 10 * DAY)),
  );
  const deadlineFrom = (at: Date) => nextMeetingAfter(schedule, at) ?? addDays(at, 56);
  const base = {
    subject,
    authorId,
    goalId: g.id,
    theme: g.theme,
    collaboratorId: random.chance(0.1) ? colleague() : null,
  };
  if (
    g.status === 'achieved' ||
    (g.status === 'in_focus' && random.chance(0.2) && end.getTime() - createdAt.getTime() > 90 * DAY)
  ) {
    const touchedAt =
      g.status === 'achieved'
        ? addDays(end, -random.int(0, 7))
        : between(random, addDays(createdAt, 40), addDays(end, -30));
    const first = emitCircle(ctx, emit, {
      ...base,
      sequence: 1,
      previousId: null,
      donePhases: 6,
      started: true,
      createdAt,
      touchedAt: touchedAt < createdAt ? createdAt : touchedAt,
      deadline: deadlineFrom(createdAt),
    });
    if (g.status === 'achieved') return;
    // The learning phase offered the next circle.
    const nextAt = addDays(touchedAt, random.int(0, 5));
    emitCircle(ctx, emit, {
      ...base,
      collaboratorId: null,
      sequence: 2,
      previousId: first,
      donePhases: random.int(0, 3),
      started: random.chance(0.8),
      createdAt: nextAt,
      touchedAt: between(random, nextAt, now),
      deadline: deadlineFrom(nextAt),
    });
    return;
  }
  const donePhases = g.status === 'put_aside' ? random.int(0, 2) : random.int(0, 5);
  // One in five open circles has lain untouched for more than a month.
  const touchedAt =
    g.status === 'in_focus' && random.chance(0.2)
      ? between(random, createdAt, addDays(now, -31))
      : between(random, createdAt, end);
  emitCircle(ctx, emit, {
    ...base,
    sequence: 1,
    previousId: null,
    donePhases,
    started: random.chance(0.85),
    createdAt,
    touchedAt: touchedAt < createdAt ? createdAt : touchedAt,
    deadline: deadlineFrom(createdAt),
  });
}
