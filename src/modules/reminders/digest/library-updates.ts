import type { Db } from '../../../server/db/client.js';
import { packageUpdatesFor } from '../../library/index.js';

/**
 * The library's part of the digest, through its front door: packages the person attached somewhere
 * that got a new version since the last digest, with the writer's note and where to see the change.
 */
export interface DigestPackageUpdate {
  title: string;
  from: number;
  to: number;
  changeNote: string | null;
  path: string;
}

const WHERE: Record<string, (id: string) => string> = {
  conversation: (id) => `/conversations/${id}`,
  frame: () => '/frames',
};

export async function gatherPackageUpdates(
  db: Db,
  orgId: string,
  personId: string,
  since: Date,
): Promise<DigestPackageUpdate[]> {
  const updates = await packageUpdatesFor(db, orgId, personId, since);
  return updates.map((u) => ({
    title: u.title,
    from: u.from,
    to: u.to,
    changeNote: u.changeNote,
    path: WHERE[u.entityKind]?.(u.entityId) ?? `/library/p/${u.packageId}`,
  }));
}
