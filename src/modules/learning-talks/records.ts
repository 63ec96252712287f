import { and, desc, eq, lt } from 'drizzle-orm';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { isLearningTalkParty } from '../../server/policy/learning-talk-parties.js';
import { toInstant } from '../../shared/answers.js';
import { units } from '../org/schema.js';
import type { LearningTalk } from './answers.js';
import { learningTalks } from './schema.js';

// Loading and presenting learning conversations. Only the parties (policy/learning-talk-parties.ts)
// see one; for everyone else it does not exist.

export type TalkRow = typeof learningTalks.$inferSelect;

export async function loadTalkFor(ctx: SignedInContext, id: string): Promise<TalkRow> {
  const [talk] = await ctx.db
    .select()
    .from(learningTalks)
    .where(and(eq(learningTalks.orgId, ctx.actor.orgId), eq(learningTalks.id, id)));
  if (!talk || !(await isLearningTalkParty(ctx, talk.unitId)))
    throw notFound('No such learning conversation');
  return talk;
}

export async function presentTalk(ctx: SignedInContext, talk: TalkRow): Promise<LearningTalk> {
  const orgId = ctx.actor.orgId;
  const [unit] = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.orgId, orgId), eq(units.id, talk.unitId)));
  const [previous] = await ctx.db
    .select({ id: learningTalks.id, heldOn: learningTalks.heldOn, nextStep: learningTalks.nextStep })
    .from(learningTalks)
    .where(
      and(
        eq(learningTalks.orgId, orgId),
        eq(learningTalks.unitId, talk.unitId),
        lt(learningTalks.heldOn, talk.heldOn),
      ),
    )
    .orderBy(desc(learningTalks.heldOn))
    .limit(1);
  return {
    id: talk.id,
    unit: unit!,
    cadence: talk.cadence,
    heldOn: talk.heldOn,
    periodStart: talk.periodStart,
    focus: talk.focus,
    unitNotes: talk.unitNotes,
    links: talk.links,
    conversationNotes: talk.conversationNotes,
    followUp: talk.followUp,
    nextStep: talk.nextStep,
    previous: previous ?? null,
    version: talk.version,
    updatedAt: toInstant(talk.updatedAt),
  };
}
