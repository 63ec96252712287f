import type { SignedInContext } from '../../server/http/context.js';
import { leadsUnitOrAbove } from '../../server/policy/unit-leadership.js';
import { isInitiativeParticipant, ledParticipantsOf } from '../../server/policy/initiative-participants.js';
import type { InitiativeRelation } from './answers.js';

/**
 * Who stands how to an initiative. Its owners — the leader who started it and the leaders of its
 * unit or above — maintain it and see every participant's levels; a participant sees the plan and
 * their own levels; a participant's nearest leader sees the plan and the levels of those they
 * lead. Anyone else (HR included: this is people's development, not configuration) gets 404.
 */
export interface InitiativeAccess {
  relation: InitiativeRelation;
  /** Whose participant rows and courses the actor sees: 'all', or these people. */
  sees: 'all' | Set<string>;
}

export async function initiativeAccess(
  ctx: SignedInContext,
  initiative: { id: string; unitId: string; ownerId: string | null },
): Promise<InitiativeAccess | null> {
  const { actor } = ctx;
  if (initiative.ownerId === actor.personId || (await leadsUnitOrAbove(ctx, initiative.unitId)))
    return { relation: 'owner', sees: 'all' };
  const led = await ledParticipantsOf(ctx, initiative.id);
  const participant = await isInitiativeParticipant(ctx, initiative.id);
  if (!participant && led.length === 0) return null;
  const sees = new Set(led);
  if (participant) sees.add(actor.personId);
  return { relation: participant ? 'participant' : 'leader', sees };
}

export const mayEditInitiative = (access: InitiativeAccess) => access.relation === 'owner';

export const seesPerson = (access: InitiativeAccess, personId: string) =>
  access.sees === 'all' || access.sees.has(personId);
