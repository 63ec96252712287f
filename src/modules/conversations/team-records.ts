import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { invalid } from '../../server/http/errors.js';
import { holdersOf } from '../../server/policy/role-holders.js';
import { FACILITATOR_ROLES } from '../../server/policy/roles.js';
import { teamContentPeopleText } from '../../server/policy/team-content.js';
import { teamMembersText } from '../../server/policy/team-members.js';
import { people } from '../org/schema.js';
import type { ConversationForActor } from './access.js';
import { queueCalendarMails, queueTeamCalendarMails, type CalendarChange } from './mails.js';
import type { ConversationRow, Participant } from './records.js';

// What the services share for every kind of conversation: who may take part, audit, calendar mails.

/**
 * Of `personIds`, those who may take part in (or lead) the team's conversations: the active people
 * the team's content belongs to (policy/team-content.ts). A peer group has its members only.
 */
export async function eligibleForTeam(
  db: Db,
  orgId: string,
  team: { id: string },
  personIds: readonly string[],
): Promise<Set<string>> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        eq(people.active, true),
        inArray(people.id, ids),
        sql`${people.id} in (${teamContentPeopleText.bound(orgId, team.id)})`,
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/**
 * Of `personIds`, those who may lead a team conversation (TUS): FACILITATOR_ROLES (a leader or a
 * resource person). A peer group of leaders is led by any
 * of its members, so callers ask this for team conversations only.
 */
export async function facilitatorsAmong(
  db: Db,
  orgId: string,
  personIds: readonly string[],
): Promise<Set<string>> {
  return holdersOf(db, orgId, personIds, FACILITATOR_ROLES);
}

/** Refuses a facilitator of a team conversation who is neither a leader nor a resource person. */
export async function assertMayFacilitate(db: Db, orgId: string, kind: string, personId: string) {
  if (kind !== 'team') return;
  if (!(await facilitatorsAmong(db, orgId, [personId])).has(personId)) {
    throw invalid('A leader or a resource person leads a team conversation', undefined, [
      { path: 'facilitatorId', message: 'Not a leader or resource person' },
    ]);
  }
}

/** The team's active members, by name. */
export async function teamMemberPeople(db: Db, orgId: string, teamId: string): Promise<Participant[]> {
  return db
    .select({ id: people.id, name: people.name, email: people.email, locale: people.locale })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        eq(people.active, true),
        sql`${people.id} in (${teamMembersText.bound(orgId, teamId)})`,
      ),
    )
    .orderBy(people.name, people.id);
}

/** The audit fields that say whose content a conversation is: a 1:1's subject, or the team. */
export const auditScope = (loaded: ConversationForActor) => ({
  subjectPersonId: loaded.subjectPersonId,
  teamId: loaded.team?.id ?? null,
});

/** The organizer of a team conversation's calendar event: its facilitator, else the leader, else anyone. */
function organizerOf(participants: ConversationForActor['participants']): Participant | null {
  return (
    participants.find((p) => p.role === 'facilitator') ??
    participants.find((p) => p.role === 'leader') ??
    participants[0] ??
    null
  );
}

/** Queues the calendar mails for a change of the conversation (invite, move, cancel) to everyone in it. */
export async function queueChangeMails(
  tx: SignedInContext,
  loaded: ConversationForActor,
  conversation: ConversationRow,
  change: CalendarChange,
  recipients?: Participant[],
) {
  if (!loaded.team) {
    const leader = loaded.participants.find((p) => p.role === 'leader')!;
    const subject = loaded.participants.find((p) => p.role === 'subject')!;
    await queueCalendarMails(tx.db, tx.config, { conversation, leader, subject, change, now: tx.now() });
    return;
  }
  await queueTeamCalendarMails(tx.db, tx.config, {
    conversation,
    teamName: loaded.team.name,
    organizer: organizerOf(loaded.participants),
    participants: loaded.participants,
    recipients,
    change,
    now: tx.now(),
  });
}
