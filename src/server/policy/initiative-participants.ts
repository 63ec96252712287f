import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { ledPeopleText } from './nearest-leaders.js';

/*
 * A competence initiative's participants (seeds/002): the people taking part in it. Taking part
 * opens the initiative's plan and one's own levels; a participant's levels are also their nearest
 * leader's to see, so this file answers both "who takes part" and "whom of them do I lead".
 */

/** The initiatives `person` takes part in: one column, initiative_id. */
export const initiativesOfText = sqlFragment(
  (org: string, person: string) =>
    `select ip.initiative_id from competence_initiative_participants ip where ip.org_id = ${org} and ip.person_id = ${person}`,
);

/** The people taking part in `initiative`: one column, person_id. */
export const initiativeParticipantsText = sqlFragment(
  (org: string, initiative: string) =>
    `select ip.person_id from competence_initiative_participants ip where ip.org_id = ${org} and ip.initiative_id = ${initiative}`,
);

/** The initiatives in which `leader` is nearest leader of a participant: one column, initiative_id. */
export const initiativesOfLedText = sqlFragment(
  (org: string, leader: string) =>
    `select distinct ip.initiative_id from competence_initiative_participants ip
      where ip.org_id = ${org} and ip.person_id in (${ledPeopleText(org, leader)})`,
);

const participantStatement = preparedStatement<{ found: number }>(
  'policy_initiative_participant',
  `select 1 as found from competence_initiative_participants
    where org_id = $1::uuid and initiative_id = $2::uuid and person_id = $3::uuid limit 1`,
);

const ledParticipantsStatement = preparedStatement<{ person_id: string }>(
  'policy_initiative_led_participants',
  `select ip.person_id from competence_initiative_participants ip
    where ip.org_id = $1::uuid and ip.initiative_id = $2::uuid
      and ip.person_id in (${ledPeopleText('$1::uuid', '$3::uuid')})`,
);

/** Whether the actor takes part in the initiative. */
export async function isInitiativeParticipant(ctx: SignedInContext, initiativeId: string): Promise<boolean> {
  const { actor } = ctx;
  return (await participantStatement(ctx.db, [actor.orgId, initiativeId, actor.personId])).length > 0;
}

/** The participants of the initiative whose nearest leader the actor is. */
export async function ledParticipantsOf(ctx: SignedInContext, initiativeId: string): Promise<string[]> {
  const { actor } = ctx;
  return (await ledParticipantsStatement(ctx.db, [actor.orgId, initiativeId, actor.personId])).map(
    (r) => r.person_id,
  );
}
