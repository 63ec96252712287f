import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { keptAnswers } from '../../../server/db/data-versions.js';
import type { Db } from '../../../server/db/client.js';
import { localDay } from '../../../shared/time.js';
import { failingTests } from '../records.js';
import {
  INITIATIVE_PAGE_TABLES,
  initiativeReaderStatement,
  initiativeWholeStatement,
  presentLists,
} from '../page-statement.js';
import type { Course, Initiative, InitiativeAnswer, Participant } from '../answers.js';

/** The page as every reader's is cut from it: all participants and courses, in the answer's shape. */
type WholeInitiative = Omit<Initiative, 'relation' | 'participantCount' | 'can'>;

/*
 * One kept page per initiative and day (a course's follow-up is missing from the day after it was
 * due). An owner reads it while planning, and its participants at the same meetings; a municipality
 * has a few initiatives per institution, so a thousand pages is room for all of them.
 */
const keptInitiatives = keptAnswers(
  INITIATIVE_PAGE_TABLES,
  2048,
  async (db: Db, orgId: string, id: string, today: string): Promise<WholeInitiative | null> => {
    const [row] = await initiativeWholeStatement(db, [orgId, id, today]);
    if (!row) return null;
    const { title, status, unit, owner, caseKey, data, version, updatedAt, frameItems } = row;
    return {
      id,
      title,
      status,
      unit,
      owner,
      caseKey,
      version,
      updatedAt,
      ...presentLists(row),
      frameItems,
      fields: Object.fromEntries(Object.entries(data.phases).map(([k, v]) => [k, v.fields])),
      failingTests: failingTests(data),
    };
  },
);

/** For tests: how many pages are kept. */
export const keptInitiativePages = () => keptInitiatives.size;

/**
 * GET /initiatives/{id}: the plan for everyone with a relation to it; participants' levels only
 * as initiativeAccess allows. Reading other people's levels reaches their access log. The reader's
 * statement decides who sees what and writes the audit rows; the page itself is kept between
 * writes (page-statement.ts). The writes answer with the same shape from initiativeDetail
 * (records.ts), and a test holds the two to the same answer.
 */
export async function getInitiative({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<InitiativeAnswer> {
  const { db, actor } = ctx;
  const today = localDay(ctx.now());
  const [reader] = await initiativeReaderStatement(db, [actor.orgId, input.id, actor.personId, today]);
  if (!reader) throw notFound('No such initiative');
  const whole = await keptInitiatives.on(reader.versions, db, actor.orgId, input.id, today);
  // Removed between the two statements: as if the reader had come a moment later.
  if (!whole) throw notFound('No such initiative');
  const seen = reader.seen && new Set(reader.seen);
  const visible = <T extends Participant | Course>(rows: T[]) =>
    seen ? rows.filter((r) => seen.has(r.person.id)) : rows;
  return {
    initiative: {
      ...whole,
      relation: reader.relation,
      participantCount: whole.participants.length,
      participants: visible(whole.participants),
      courses: visible(whole.courses),
      can: { edit: reader.relation === 'owner' },
    },
  };
}
