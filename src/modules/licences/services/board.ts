import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import type { Db } from '../../../server/db/client.js';
import { keptAnswers } from '../../../server/db/data-versions.js';
import { localDay } from '../../../shared/time.js';
import { BOARD_TABLES, boardReaderStatement, boardStatement, type BoardRow } from '../board-statement.js';
import { levelRank, licenceStatus } from '../constants.js';
import type { BoardAnswer } from '../answers.js';

type KeptBoard = Omit<BoardAnswer, 'can'>;

/*
 * One kept board per unit and day (a licence expires, or is about to, as the days pass): a
 * department's people read their wall, its leader plans on it. Room for every department of a
 * municipality.
 */
const keptBoards = keptAnswers(
  BOARD_TABLES,
  2048,
  async (db: Db, orgId: string, unitId: string, today: string): Promise<KeptBoard | null> => {
    const [row] = await boardStatement(db, [orgId, unitId]);
    return row ? presentBoard(row, today) : null;
  },
);

/** For tests: how many boards are kept. */
export const keptBoardCount = () => keptBoards.size;

/**
 * GET /licence-boards/{unitId}: the department's wall — its people × the licences defined for it
 * (or for a unit above), with level and status, and where it is short of holders. Holders and
 * levels only: review notes stay with the person, their nearest leader and the reviewer. The
 * reader's statement decides who reads it and reads the counters, the board is kept between writes
 * (board-statement.ts); a test holds its access to boardAccess's.
 */
export async function getBoard({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { unitId: string };
}): Promise<BoardAnswer> {
  const { actor } = ctx;
  const [reader] = await boardReaderStatement(ctx.db, [actor.orgId, input.unitId, actor.personId]);
  if (!reader) throw notFound('No such unit');
  const board = await keptBoards.on(reader.versions, ctx.db, actor.orgId, input.unitId, localDay(ctx.now()));
  // Removed between the two statements: as if the reader had come a moment later.
  if (!board) throw notFound('No such unit');
  return { ...board, can: { assign: reader.assign } };
}

/** The board's rows as the wall shows them on `today`: each cell's status, each task's holders. */
function presentBoard(row: BoardRow, today: string): KeptBoard {
  const byKey = new Map(row.licences.map(([d, p, level, expiresOn]) => [`${d}:${p}`, { level, expiresOn }]));
  const assignedKeys = new Set(row.assignments.map(([d, p]) => `${d}:${p}`));
  return {
    unit: row.unit,
    today,
    definitions: row.definitions.map((d) => {
      const holders = row.licences.filter(
        ([definitionId, , level, expiresOn]) =>
          definitionId === d.id &&
          licenceStatus(expiresOn, today) !== 'expired' &&
          (!d.requiredLevel || levelRank(level) >= levelRank(d.requiredLevel)),
      ).length;
      return { ...d, holders, short: Math.max(0, (d.neededHolders ?? 0) - holders) };
    }),
    people: row.people.map((p) => ({
      ...p,
      cells: row.definitions.map((d) => {
        const l = byKey.get(`${d.id}:${p.id}`);
        return {
          definitionId: d.id,
          level: l?.level ?? null,
          expiresOn: l?.expiresOn ?? null,
          status: l ? licenceStatus(l.expiresOn, today) : null,
          assigned: assignedKeys.has(`${d.id}:${p.id}`),
        };
      }),
    })),
  };
}
