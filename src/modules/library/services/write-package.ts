import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { ServiceError, conflict } from '../../../server/http/errors.js';
import { libraryPackageVersions, libraryPackages, type StoredSteps } from '../schema.js';
import { mayEditPackage, mayWritePackages } from '../access.js';
import { loadPackage } from '../records.js';
import type { CreatePackageInput, UpdatePackageInput } from '../validation.js';
import type { PackageAnswer } from '../answers.js';
import { getPackage } from './read-packages.js';

/** Steps only for a training track, and only when there are any. */
function stepsOf(input: CreatePackageInput): StoredSteps | null {
  const s = input.steps;
  if (input.kind !== 'training' || !s) return null;
  return s.before.length + s.during.length + s.after.length ? s : null;
}

/** POST /library/packages: an own package, version 1. HR, admins and leaders write packages (access.ts). */
export async function createPackage({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreatePackageInput;
}): Promise<PackageAnswer> {
  const { actor } = ctx;
  // Reading is everyone's, so refusing to write is a 403 rather than pretending the library is not there.
  if (!mayWritePackages(actor)) throw forbiddenToWrite();
  const id = await inTransaction(ctx, async (tx) => {
    const [created] = await tx.db
      .insert(libraryPackages)
      .values({ orgId: actor.orgId, createdBy: actor.personId, currentVersion: 1 })
      .returning({ id: libraryPackages.id });
    await tx.db.insert(libraryPackageVersions).values({
      orgId: actor.orgId,
      packageId: created!.id,
      version: 1,
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      body: input.body,
      steps: stepsOf(input),
      tags: input.tags,
      authorId: actor.personId,
    });
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      { action: 'library_package.created', entityType: 'library_package', entityId: created!.id },
    );
    return created!.id;
  });
  return getPackage({ ctx, input: { id } });
}

/**
 * PUT /library/packages/{id}: every edit is a new version against the one the writer read, with a
 * note on what changed; attachments keep the version they took in until someone takes the update.
 */
export async function updatePackage({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdatePackageInput & { id: string };
}): Promise<PackageAnswer> {
  const { actor } = ctx;
  await inTransaction(ctx, async (tx) => {
    const current = await loadPackage(tx.db, actor.orgId, input.id);
    if (!mayEditPackage(actor, current.createdBy)) {
      if (!mayWritePackages(actor)) throw forbiddenToWrite();
      throw new ServiceError('FORBIDDEN', 'Only HR and the leader who wrote it edit this package');
    }
    const next = input.version + 1;
    const [moved] = await tx.db
      .update(libraryPackages)
      .set({ currentVersion: next, updatedAt: ctx.now() })
      .where(
        and(
          eq(libraryPackages.orgId, actor.orgId),
          eq(libraryPackages.id, input.id),
          eq(libraryPackages.currentVersion, input.version),
        ),
      )
      .returning({ id: libraryPackages.id });
    if (!moved) throw conflict('Someone else changed the package meanwhile', 'stale_version');
    await tx.db.insert(libraryPackageVersions).values({
      orgId: actor.orgId,
      packageId: input.id,
      version: next,
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      body: input.body,
      steps: stepsOf(input),
      tags: input.tags,
      changeNote: input.changeNote,
      authorId: actor.personId,
    });
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: 'library_package.updated',
        entityType: 'library_package',
        entityId: input.id,
        details: { version: next },
      },
    );
  });
  return getPackage({ ctx, input: { id: input.id } });
}

function forbiddenToWrite() {
  return new ServiceError('FORBIDDEN', 'Only HR, administrators and leaders write packages');
}
