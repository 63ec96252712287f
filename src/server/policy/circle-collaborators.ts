import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';

/*
 * A circle's collaborators: colleagues its owner invited to work on that one circle. The invitation
 * opens the circle and nothing else of the owner's record.
 */

/** The circles `person` was invited to work on: one column, inquiry_id. */
export const collaborationsOfText = sqlFragment(
  (org: string, person: string) =>
    `select ic.inquiry_id from inquiry_collaborators ic where ic.org_id = ${org} and ic.person_id = ${person}`,
);

const collaboratorStatement = preparedStatement<{ found: number }>(
  'policy_circle_collaborator',
  `select 1 as found from inquiry_collaborators
    where org_id = $1::uuid and inquiry_id = $2::uuid and person_id = $3::uuid limit 1`,
);

/** Whether the actor was invited to work on the circle. */
export async function isCircleCollaborator(ctx: SignedInContext, circleId: string): Promise<boolean> {
  const { actor } = ctx;
  return (await collaboratorStatement(ctx.db, [actor.orgId, circleId, actor.personId])).length > 0;
}
