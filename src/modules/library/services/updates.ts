import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { libraryAttachments, libraryPackageVersions, libraryPackages } from '../schema.js';

export interface PackageUpdate {
  packageId: string;
  title: string;
  from: number;
  to: number;
  changeNote: string | null;
  entityKind: string;
  entityId: string;
}

/**
 * For the digest: packages a person attached somewhere that have a newer version than the one
 * taken in there, made since `since`. The person attached them, so they are the one to hear of it.
 */
export async function packageUpdatesFor(
  db: Db,
  orgId: string,
  personId: string,
  since: Date,
): Promise<PackageUpdate[]> {
  return db
    .select({
      packageId: libraryPackages.id,
      title: libraryPackageVersions.title,
      from: libraryAttachments.version,
      to: libraryPackages.currentVersion,
      changeNote: libraryPackageVersions.changeNote,
      entityKind: libraryAttachments.entityKind,
      entityId: libraryAttachments.entityId,
    })
    .from(libraryAttachments)
    .innerJoin(
      libraryPackages,
      and(
        eq(libraryPackages.orgId, libraryAttachments.orgId),
        eq(libraryPackages.id, libraryAttachments.packageId),
      ),
    )
    .innerJoin(
      libraryPackageVersions,
      and(
        eq(libraryPackageVersions.orgId, libraryPackages.orgId),
        eq(libraryPackageVersions.packageId, libraryPackages.id),
        eq(libraryPackageVersions.version, libraryPackages.currentVersion),
      ),
    )
    .where(
      and(
        eq(libraryAttachments.orgId, orgId),
        eq(libraryAttachments.attachedBy, personId),
        sql`${libraryPackages.currentVersion} > ${libraryAttachments.version}`,
        gt(libraryPackageVersions.createdAt, since),
      ),
    )
    .orderBy(desc(libraryPackageVersions.createdAt))
    .limit(20);
}
