import type { SignedInContext } from '../../../server/http/context.js';
import { circleStateFrom, type CircleStateRow } from '../../inquiry/index.js';
import { computeNudges, daysSince, DEFAULT_CADENCE_WEEKS } from '../nudges.js';
import { copenhagenDay, iso } from '../records.js';
import { overviewStatement } from '../statement.js';
import type { OverviewAnswer } from '../answers.js';
import { leadsAnyUnit } from '../../../server/policy/actor.js';

const fromMs = (ms: number | null) => (ms === null ? null : new Date(ms));

function presentCircle(row: CircleStateRow) {
  const { circleId, ...state } = circleStateFrom(row);
  return { id: circleId, ...state };
}

/**
 * GET /overview: everyone the actor is nearest leader of, with the figures a leader acts on.
 * One prepared statement (statement.ts), so 30 people cost one round trip as one does.
 */
export async function getOverview({
  ctx,
  now = new Date(),
}: {
  ctx: SignedInContext;
  now?: Date;
}): Promise<OverviewAnswer> {
  const { db, actor } = ctx;
  if (!leadsAnyUnit(actor)) return { people: [] };
  const today = copenhagenDay(now);
  const rows = await overviewStatement(db, [actor.orgId, actor.personId, now.toISOString(), today]);

  return {
    people: rows.map((p) => {
      const goals = p.goals.map((g) => ({
        id: g.id,
        title: g.title,
        circle: g.circle ? presentCircle(g.circle) : null,
      }));
      const last = fromMs(p.lastMs);
      const next = fromMs(p.nextMs);
      const lastFeedback = fromMs(p.feedbackMs);
      const nudges = computeNudges(
        {
          goalIds: goals.map((g) => g.id),
          circles: p.goals.flatMap((g) =>
            g.circle
              ? [
                  {
                    goalId: g.id,
                    deadline: g.circle.deadline,
                    status: g.circle.status,
                    updatedAt: new Date(g.circle.updatedMs),
                  },
                ]
              : [],
          ),
          lastOneToOne: last,
          nextOneToOne: next,
          cadenceWeeks: p.cadenceWeeks ?? DEFAULT_CADENCE_WEEKS,
          overdueAgreements: p.overdue,
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
        overdueAgreements: p.overdue,
        daysSinceFeedback: daysSince(lastFeedback, now),
        nudges,
      };
    }),
  };
}
