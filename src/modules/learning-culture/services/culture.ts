import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { auditReadsOncePerDay } from '../../../server/audit/reads.js';
import { invalid } from '../../../server/http/errors.js';
import { peopleLedBy } from '../../../server/policy/nearest-leaders.js';
import { teamIdsOf } from '../../../server/policy/team-members.js';
import { teamLeaders } from '../../../server/policy/team-leaders.js';
import { localDay } from '../../../shared/time.js';
import { people, teams } from '../../org/schema.js';
import { builtInInstrument, indexPoints, type Instrument } from '../../surveys/index.js';
import { isShared, loadCultureSubject, shareReaders, type CultureSubject } from '../access.js';
import { cultureAssessments, cultureShares } from '../schema.js';
import type { CultureAssessment, CultureTrendAnswer, TakenAnswer } from '../answers.js';
import type { ShareInput, SubjectQuery, TakeAssessmentInput } from '../validation.js';

/*
 * The beacons are the survey's learning-culture instrument (surveys/instruments/learning-culture.ts):
 * the same twelve statements and seven themes, here scored by a leader or a team as things stand,
 * and read on the same 0–100 scale as the survey's indices.
 */
const beacons = (): Instrument => builtInInstrument('learning_culture')!;

const fieldError = (path: string, message: string) => invalid(message, undefined, [{ path, message }]);

type Row = typeof cultureAssessments.$inferSelect;

const present = (row: Row): CultureAssessment => ({
  id: row.id,
  takenOn: row.takenOn,
  scores: row.scores,
  indices: indexPoints(beacons(), [{ unitId: null, scores: row.scores, comment: null }]),
  note: row.note,
});

const subjectColumn = (s: { kind: 'person' | 'team' }) =>
  s.kind === 'person' ? cultureAssessments.personId : cultureAssessments.teamId;

/** The trends others shared with the actor: people they lead nearest, teams whose unit they lead. */
async function sharedWithMe(ctx: SignedInContext): Promise<CultureTrendAnswer['sharedWithMe']> {
  const orgId = ctx.actor.orgId;
  const led = await peopleLedBy(ctx.db, orgId, ctx.actor.personId);
  const persons = led.length
    ? await ctx.db
        .select({ id: people.id, name: people.name })
        .from(cultureShares)
        .innerJoin(people, and(eq(people.orgId, cultureShares.orgId), eq(people.id, cultureShares.personId)))
        .where(and(eq(cultureShares.orgId, orgId), inArray(cultureShares.personId, led)))
    : [];
  const teamShares = await ctx.db
    .select({ id: teams.id, name: teams.name })
    .from(cultureShares)
    .innerJoin(teams, and(eq(teams.orgId, cultureShares.orgId), eq(teams.id, cultureShares.teamId)))
    .where(and(eq(cultureShares.orgId, orgId), isNotNull(cultureShares.teamId)));
  const mine = [];
  for (const t of teamShares)
    if ((await teamLeaders(ctx.db, orgId, t.id)).includes(ctx.actor.personId)) mine.push(t);
  return [
    ...persons.map((ref) => ({ kind: 'person' as const, ref })),
    ...mine.map((ref) => ({ kind: 'team' as const, ref })),
  ].sort((a, b) => a.ref.name.localeCompare(b.ref.name, 'da'));
}

async function trendOf(ctx: SignedInContext, subject: CultureSubject): Promise<CultureTrendAnswer> {
  const orgId = ctx.actor.orgId;
  const instrument = beacons();
  const rows = await ctx.db
    .select()
    .from(cultureAssessments)
    .where(and(eq(cultureAssessments.orgId, orgId), eq(subjectColumn(subject), subject.id)))
    .orderBy(asc(cultureAssessments.takenOn), asc(cultureAssessments.createdAt));
  const myTeams = await teamIdsOf(ctx.db, orgId, ctx.actor.personId);
  const teamRefs = myTeams.length
    ? await ctx.db
        .select({ id: teams.id, name: teams.name })
        .from(teams)
        .where(and(eq(teams.orgId, orgId), inArray(teams.id, myTeams)))
        .orderBy(asc(teams.name))
    : [];
  return {
    subject: { kind: subject.kind, ref: { id: subject.id, name: subject.name } },
    items: instrument.items.map((i) => ({ key: i.key, text: i.text, short: i.short })),
    indices: instrument.indices.map((i) => ({ key: i.key, name: i.name })),
    scale: instrument.scale.labels.map((l) => ({ value: l.value, text: l.text })),
    assessments: rows.map(present),
    shared: await isShared(ctx, subject),
    sharedWith: await shareReaders(ctx, subject),
    teams: teamRefs,
    sharedWithMe: await sharedWithMe(ctx),
    can: { take: subject.own, share: subject.own },
  };
}

/** GET /learning-culture: the actor's own trend, a team's, or one shared with the actor (then audited). */
export async function getCultureTrend({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: SubjectQuery;
}): Promise<CultureTrendAnswer> {
  const subject = await loadCultureSubject(ctx, input);
  if (subject.kind === 'person' && !subject.own)
    await auditReadsOncePerDay(ctx, {
      action: 'culture_assessment.read',
      entityType: 'culture_trend',
      reads: [{ subjectPersonId: subject.id, entityId: subject.id }],
    });
  return trendOf(ctx, subject);
}

/**
 * POST /learning-culture/assessments: the beacons scored today (or on an earlier day), for oneself
 * or with one's team. The same entry sent twice (its client key) lands once.
 */
export async function takeAssessment({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: TakeAssessmentInput;
}): Promise<TakenAnswer> {
  return inTransaction(ctx, async (tx) => {
    const subject = await loadCultureSubject(tx, { teamId: input.teamId });
    if (!subject.own) throw fieldError('teamId', 'Only the team itself takes its assessment');
    const count = beacons().items.length;
    if (input.scores.length !== count) throw fieldError('scores', `A score for each of the ${count} beacons`);
    if (input.takenOn > localDay(tx.now())) throw fieldError('takenOn', 'The date is in the future');
    const orgId = tx.actor.orgId;
    const existing = async () =>
      (
        await tx.db
          .select()
          .from(cultureAssessments)
          .where(and(eq(cultureAssessments.orgId, orgId), eq(cultureAssessments.clientKey, input.clientKey)))
      )[0];
    const replay = await existing();
    if (replay) return { assessment: present(replay), duplicate: true };
    const [inserted] = await tx.db
      .insert(cultureAssessments)
      .values({
        orgId,
        personId: subject.kind === 'person' ? subject.id : null,
        teamId: subject.kind === 'team' ? subject.id : null,
        takenOn: input.takenOn,
        scores: input.scores,
        note: input.note,
        clientKey: input.clientKey,
        createdBy: tx.actor.personId,
        createdAt: tx.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) {
      const raced = await existing();
      if (raced) return { assessment: present(raced), duplicate: true };
      throw fieldError('clientKey', 'This key was used for another entry');
    }
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'culture_assessment.taken',
        entityType: 'culture_assessment',
        entityId: inserted.id,
        details: { subject: subject.kind, ...(subject.kind === 'team' ? { teamId: subject.id } : {}) },
      },
    );
    return { assessment: present(inserted), duplicate: false };
  });
}

/** PUT /learning-culture/share: the owner shares the trend (or takes it back). */
export async function shareTrend({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ShareInput;
}): Promise<CultureTrendAnswer> {
  return inTransaction(ctx, async (tx) => {
    const subject = await loadCultureSubject(tx, { teamId: input.teamId });
    if (!subject.own) throw fieldError('teamId', 'Only the team itself shares its trend');
    const orgId = tx.actor.orgId;
    const column = subject.kind === 'person' ? cultureShares.personId : cultureShares.teamId;
    if (input.shared)
      await tx.db
        .insert(cultureShares)
        .values({
          orgId,
          personId: subject.kind === 'person' ? subject.id : null,
          teamId: subject.kind === 'team' ? subject.id : null,
          sharedBy: tx.actor.personId,
          createdAt: tx.now(),
        })
        .onConflictDoNothing();
    else await tx.db.delete(cultureShares).where(and(eq(cultureShares.orgId, orgId), eq(column, subject.id)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: input.shared ? 'culture_trend.shared' : 'culture_trend.unshared',
        entityType: 'culture_trend',
        entityId: subject.id,
        details: { subject: subject.kind },
      },
    );
    return trendOf(tx, subject);
  });
}
