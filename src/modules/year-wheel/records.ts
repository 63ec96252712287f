import { and, asc, eq, gte, lte, or, sql, isNotNull } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { notFound } from '../../server/http/errors.js';
import { forums } from '../forums/schema.js';
import { cadenceOf, meetingDays } from '../forums/index.js';
import { units } from '../org/schema.js';
import { yearWheelEntries } from './schema.js';
import type { Entry, WheelForum } from './answers.js';

export const entryColumns = {
  id: yearWheelEntries.id,
  unitId: yearWheelEntries.unitId,
  kind: yearWheelEntries.kind,
  title: yearWheelEntries.title,
  data: yearWheelEntries.data,
  note: yearWheelEntries.note,
  startsOn: yearWheelEntries.startsOn,
  endsOn: yearWheelEntries.endsOn,
  remindDaysBefore: yearWheelEntries.remindDaysBefore,
  version: yearWheelEntries.version,
  updatedAt: yearWheelEntries.updatedAt,
  forumId: forums.id,
  forumName: forums.name,
  forumLevel: forums.level,
  forumTime: forums.meetingTime,
  forumMinutes: forums.durationMinutes,
};

export type EntryRow = Awaited<ReturnType<typeof entryQuery>>[number];

/** A unit's entries overlapping [from, to], in date order, with the forum they are discussed in. */
export function entryQuery(
  db: Db,
  orgId: string,
  filter: { unitId?: string; id?: string; from?: string; to?: string },
) {
  return db
    .select(entryColumns)
    .from(yearWheelEntries)
    .leftJoin(forums, and(eq(forums.orgId, yearWheelEntries.orgId), eq(forums.id, yearWheelEntries.forumId)))
    .where(
      and(
        eq(yearWheelEntries.orgId, orgId),
        filter.unitId ? eq(yearWheelEntries.unitId, filter.unitId) : undefined,
        filter.id ? eq(yearWheelEntries.id, filter.id) : undefined,
        filter.to ? lte(yearWheelEntries.startsOn, filter.to) : undefined,
        filter.from
          ? or(
              gte(yearWheelEntries.startsOn, filter.from),
              and(isNotNull(yearWheelEntries.endsOn), gte(yearWheelEntries.endsOn, filter.from)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(yearWheelEntries.startsOn), asc(yearWheelEntries.title), asc(yearWheelEntries.id));
}

export function presentEntry(row: EntryRow): Entry {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    data: row.data,
    note: row.note,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    forum: row.forumId ? { id: row.forumId, name: row.forumName!, level: row.forumLevel! } : null,
    remindDaysBefore: row.remindDaysBefore,
    version: row.version,
  };
}

export async function loadEntry(db: Db, orgId: string, id: string) {
  const [row] = await entryQuery(db, orgId, { id });
  if (!row) throw notFound('No such entry');
  return row;
}

export async function loadUnit(db: Db, orgId: string, unitId: string) {
  const [unit] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.orgId, orgId), eq(units.id, unitId)));
  if (!unit) throw notFound('No such unit');
  return unit;
}

/** The forum must be one of the unit's own; another unit's or organisation's is 404. */
export async function assertForumOfUnit(db: Db, orgId: string, unitId: string, forumId: string) {
  const [row] = await db
    .select({ id: forums.id })
    .from(forums)
    .where(and(eq(forums.orgId, orgId), eq(forums.id, forumId), eq(forums.unitId, unitId)));
  if (!row) throw notFound('No such forum');
}

/** The unit's forums with their meeting days in [from, to] by their cadence, with time and length for calendars. */
export async function unitForumMeetings(db: Db, orgId: string, unitId: string, from: string, to: string) {
  const rows = await db
    .select({
      id: forums.id,
      name: forums.name,
      level: forums.level,
      cadenceEvery: forums.cadenceEvery,
      cadenceUnit: forums.cadenceUnit,
      firstMeetingOn: forums.firstMeetingOn,
      meetingTime: forums.meetingTime,
      durationMinutes: forums.durationMinutes,
      updatedAt: forums.updatedAt,
      lastHeldOn: sql<
        string | null
      >`(select max(m.held_on)::text from forum_meetings m where m.org_id = "forums"."org_id" and m.forum_id = "forums"."id")`,
    })
    .from(forums)
    .where(and(eq(forums.orgId, orgId), eq(forums.unitId, unitId)))
    .orderBy(asc(forums.name), asc(forums.id));
  return rows.map((f) => {
    const cadence = cadenceOf(f);
    return { ...f, meetings: cadence ? meetingDays(cadence, from, to, 120) : [] };
  });
}

export const presentWheelForum = (f: Awaited<ReturnType<typeof unitForumMeetings>>[number]): WheelForum => ({
  id: f.id,
  name: f.name,
  level: f.level,
  meetings: f.meetings,
});
