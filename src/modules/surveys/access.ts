import type { SignedInContext } from '../../server/http/context.js';
import { isAdmin, leadsAnyUnit } from '../../server/policy/actor.js';
import { isUnitLeader, unitLeadersText } from '../../server/policy/unit-leaders.js';
import { ledSubtreeText, leadsUnitOrAboveText } from '../../server/policy/unit-leadership.js';
import { leadsUnitOrAbove } from '../../server/policy/unit-leadership.js';
import { ledTeamsOfUnit, ledTeamsOfUnitText, type UnitTeam } from '../../server/policy/unit-teams.js';
import { idsOfQuery } from './records.js';

/*
 * Who may do what with surveys, named on the policy layer's relationships:
 * - HR and admins set up instruments and thresholds, open, remind and close rounds, and read every
 *   unit's results (aggregates above the threshold: configuration and aggregates, never answers);
 * - a leader reads the results of the units they lead and those below (policy/unit-leadership.ts);
 * - the unit's own (nearest) leaders start work from its weak results: a lever plan for the unit, a
 *   team conversation or a development point with the unit's teams they lead (policy/unit-teams.ts);
 * - a unit's respondents (policy/unit-respondents.ts) answer through their own participation token.
 * Everyone else gets 404.
 */

export const mayManageSurveys = (ctx: SignedInContext) => isAdmin(ctx.actor);

/**
 * Who may open a round at all: HR to anyone, a leader to the forums they manage (services/rounds.ts
 * checks each forum). They read the instruments a round may ask and the forums it may go to.
 */
export const mayOpenRounds = (ctx: SignedInContext) => mayManageSurveys(ctx) || leadsAnyUnit(ctx.actor);

export async function mayReadUnitResults(ctx: SignedInContext, unitId: string) {
  return isAdmin(ctx.actor) || (await leadsUnitOrAbove(ctx, unitId));
}

/** The units whose results the actor reads: null for all of them (HR). */
export async function readableUnits(ctx: SignedInContext): Promise<Set<string> | null> {
  if (isAdmin(ctx.actor)) return null;
  if (!leadsAnyUnit(ctx.actor)) return new Set();
  return new Set(await idsOfQuery(ctx.db, ledSubtreeText.bound(ctx.actor.orgId, ctx.actor.personId)));
}

/** What the actor may start from the unit's weak results: whether they lead it, and with which of its teams. */
export async function mayActOnUnitResults(
  ctx: SignedInContext,
  unitId: string,
): Promise<{ act: boolean; teams: UnitTeam[] }> {
  if (!(await isUnitLeader(ctx, unitId))) return { act: false, teams: [] };
  return { act: true, teams: await ledTeamsOfUnit(ctx, unitId) };
}

/**
 * mayReadUnitResults and mayActOnUnitResults as the columns `may_read`, `act` and `teams` (json, null
 * unless `act`) of one row, for a page that asks both in one statement (services/unit-result.ts). The
 * parameters are SQL expressions; `admin` and `leads` are what the actor's roles say (isAdmin,
 * leadsAnyUnit), so nobody who leads no unit walks the tree. Materialised, so each walk is made once.
 */
export const unitResultsRightsText = (
  org: string,
  person: string,
  unit: string,
  admin: string,
  leads: string,
) => `with rights as materialized (
    select exists (select 1 from units where org_id = ${org} and id = ${unit})
        and (${admin} or (${leads} and ${leadsUnitOrAboveText(org, person, unit)})) as may_read,
      ${leads} and ${person} in (${unitLeadersText(org, unit)}) as act
  )
  select may_read, act and may_read as act,
    case when act and may_read then (
      select coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'kind', t.kind) order by t.name), '[]'::json)
      from teams t where t.org_id = ${org} and t.id in (${ledTeamsOfUnitText(org, unit, person)})
    ) end as teams
  from rights`;
