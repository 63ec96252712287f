import { and, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { peopleLedBy } from '../../../server/policy/relationships.js';
import { goalsInFocus } from '../../goals/services/queries.js';
import { circleStates } from '../../inquiry/services/queries.js';
import { inquiries } from '../../inquiry/schema.js';
import { oneToOneDates, overdueAgreements } from '../../conversations/services/queries.js';
import { cadences } from '../../conversations/schema.js';
import { lastFeedbackAt } from '../../feedback/services/queries.js';
import { computeNudges, daysSince, DEFAULT_CADENCE_WEEKS } from '../nudges.js';
import { copenhagenDay, iso, peopleWithUnits } from '../records.js';

/**
 * GET /overview: everyone the actor is nearest leader of, with the figures a leader acts on.
 * Every figure is fetched for all people at once, so 30 people cost the same few queries as one.
 */
export async function getOverview({ ctx, now = new Date() }: { ctx: SignedInContext; now?: Date }) {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  if (!actor.memberships.some((m) => m.role === 'leader')) return { people: [] };
  const ids = await peopleLedBy(db, orgId, actor.personId);
  if (ids.length === 0) return { people: [] };
  const today = copenhagenDay(now);

  const [persons, focus, dates, overdue, feedbackAt, cadenceRows] = await Promise.all([
    peopleWithUnits(db, orgId, ids),
    goalsInFocus(db, orgId, ids),
    oneToOneDates(db, orgId, ids, now),
    overdueAgreements(db, orgId, ids, today),
    lastFeedbackAt(db, orgId, ids),
    db
      .select({ personId: cadences.personId, weeks: cadences.intervalWeeks })
      .from(cadences)
      .where(
        and(
          eq(cadences.orgId, orgId),
          eq(cadences.leaderId, actor.personId),
          inArray(cadences.personId, ids),
        ),
      ),
  ]);
  const goalIds = [...focus.values()].flat().map((g) => g.id);
  const circles = await circleStates(db, orgId, goalIds);
  const circleIds = [...circles.values()].map((c) => c.circleId);
  const touched = circleIds.length
    ? await db
        .select({ id: inquiries.id, updatedAt: inquiries.updatedAt })
        .from(inquiries)
        .where(and(eq(inquiries.orgId, orgId), inArray(inquiries.id, circleIds)))
    : [];
  const updatedAt = new Map(touched.map((r) => [r.id, new Date(r.updatedAt)]));
  const cadenceOf = new Map(cadenceRows.map((r) => [r.personId, r.weeks]));

  return {
    people: persons.map((p) => {
      const goals = (focus.get(p.id) ?? []).map((g) => {
        const c = circles.get(g.id);
        return {
          id: g.id,
          title: g.title,
          circle: c
            ? { id: c.circleId, phase: c.phase, progress: c.progress, deadline: c.deadline, status: c.status }
            : null,
        };
      });
      const { last, next } = dates.get(p.id) ?? { last: null, next: null };
      const lastFeedback = feedbackAt.get(p.id) ?? null;
      const nudges = computeNudges(
        {
          goalIds: goals.map((g) => g.id),
          circles: goals.flatMap((g) =>
            g.circle
              ? [
                  {
                    goalId: g.id,
                    deadline: g.circle.deadline,
                    status: g.circle.status,
                    updatedAt: updatedAt.get(g.circle.id) ?? now,
                  },
                ]
              : [],
          ),
          lastOneToOne: last,
          nextOneToOne: next,
          cadenceWeeks: cadenceOf.get(p.id) ?? DEFAULT_CADENCE_WEEKS,
          overdueAgreements: overdue.get(p.id) ?? 0,
          lastFeedbackAt: lastFeedback,
        },
        now,
        today,
      );
      return {
        id: p.id,
        name: p.name,
        units: p.units,
        goals,
        lastOneToOne: iso(last),
        nextOneToOne: iso(next),
        overdueAgreements: overdue.get(p.id) ?? 0,
        daysSinceFeedback: daysSince(lastFeedback, now),
        nudges,
      };
    }),
  };
}
