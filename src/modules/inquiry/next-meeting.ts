import type { Db } from '../../server/db/client.js';

/**
 * A circle is due at the subject's next planned conversation — a person's next 1:1, a team's next team
 * conversation — where it is talked through (the thesis's leaders asked for that). Conversations sit above
 * circles (a 1:1's agenda shows the goals' circles), so circles do not ask them directly: the app, when it
 * assembles the modules (src/server/routes.ts), tells this module how to find the next meeting.
 */
export type NextMeetingLookup = (
  db: Db,
  orgId: string,
  subject: { personId: string } | { teamId: string },
  now: Date,
) => Promise<Date | null>;

let nextMeetingLookup: NextMeetingLookup = async () => null;

export function findNextMeetingWith(lookup: NextMeetingLookup) {
  nextMeetingLookup = lookup;
}

export function nextMeeting(...args: Parameters<NextMeetingLookup>): Promise<Date | null> {
  return nextMeetingLookup(...args);
}
