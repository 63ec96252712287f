import { preparedStatement } from '../../../server/db/prepared.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { isAdmin, leadsAnyUnit } from '../../../server/policy/actor.js';
import type { UnitTeam } from '../../../server/policy/unit-teams.js';
import { orgTree } from '../engine/publications.js';
import { shuffled } from '../engine/scores.js';
import { unitResultsRightsText } from '../access.js';
import { loadSurveyRound } from '../records.js';
import type { UnitResultAnswer } from '../answers.js';
import { roundData } from './round-data.js';
import { keptUnitPages, sharedUnitPage, type SharedUnitPage } from './unit-page.js';

/*
 * A unit's results page is read by its leaders and those above, again and again, and is the same
 * for all of them but for who may start work from it. So a request is the session and one
 * statement: the reader's rights (access.ts), the counters the kept page is keyed by, and whether
 * the round and every round of its trend are sealed. Then the kept page (unit-page.ts) if they
 * are; otherwise (a round still open, or closed and not yet sealed) the page is made as it is now,
 * sealing what has closed, and not kept.
 */

interface ReaderRow {
  versions: string;
  may_read: boolean;
  act: boolean;
  teams: UnitTeam[] | null;
  /** Null: no such round; false: it or a round of its trend is open or not yet sealed. */
  settled: boolean | null;
}

// Every HR round of the instrument closing no later than this one (the trend's rounds, as trendOf
// reads them, and this one) sealed with its sums; the rounds are HR's, as isSentRound says.
const settledText = `(select not exists (
      select 1 from survey_rounds e
      where e.org_id = $1::uuid and e.instrument = r.instrument
        and e.definition is not null and e.meeting_id is null and e.team_id is null
        and e.closes_at < r.closes_at + interval '1 millisecond'
        and not (e.sealed and e.totals is not null))
    from survey_rounds r
    where r.org_id = $1::uuid and r.id = $2::uuid
      and r.definition is not null and r.meeting_id is null and r.team_id is null)`;

const readerStatement = preparedStatement<ReaderRow>(
  'surveys_unit_result_reader',
  `select ${keptUnitPages.versionsText('$1::uuid')} as versions, rights.may_read, rights.act, rights.teams,
    ${settledText} as settled
  from (${unitResultsRightsText('$1::uuid', '$4::uuid', '$3::uuid', '$5::boolean', '$6::boolean')}) rights`,
);

/**
 * GET /surveys/rounds/{id}/units/{unitId}: a unit's page — the group its answers count in, with
 * distribution, comments (random order, only at the comment threshold), the trend of its indices
 * across earlier closed rounds of the same instrument, and its weak results. Leaders of the unit or
 * above and HR; everyone else 404. The unit's own leaders may start work from a shown group's weak
 * results, with the unit's teams they lead.
 */
export async function getUnitResult({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; unitId: string };
}): Promise<UnitResultAnswer> {
  const orgId = ctx.actor.orgId;
  const admin = isAdmin(ctx.actor);
  const [reader] = await readerStatement(ctx.db, [
    orgId,
    input.id,
    input.unitId,
    ctx.actor.personId,
    admin,
    leadsAnyUnit(ctx.actor),
  ]);
  if (!reader?.may_read || reader.settled === null) throw notFound('No such survey round');
  const page = reader.settled
    ? await keptUnitPages.on(reader.versions, ctx.db, orgId, input.id, input.unitId)
    : await unitPageNow(ctx, input.id, input.unitId);
  const act = page.group !== null && reader.act;
  return {
    ...page,
    round: { ...page.round, can: { manage: admin } },
    comments: page.comments && shuffled(page.comments),
    can: { act },
    teams: act ? (reader.teams ?? []) : [],
  };
}

/** The page on the rounds as they are now, sealing those that have closed. */
async function unitPageNow(ctx: SignedInContext, roundId: string, unitId: string): Promise<SharedUnitPage> {
  const round = await loadSurveyRound(ctx.db, ctx.actor.orgId, roundId);
  const tree = await orgTree(ctx.db, ctx.actor.orgId);
  return sharedUnitPage(ctx.db, round, unitId, (r) => roundData(ctx, r, tree), ctx.now());
}
