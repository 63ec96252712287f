import { and, asc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { auditReadsOncePerDay } from '../../../server/audit/reads.js';
import { ServiceError, conflict, notFound } from '../../../server/http/errors.js';
import { toInstant } from '../../../shared/answers.js';
import { people } from '../../org/schema.js';
import { libraryAttachments } from '../schema.js';
import { targetAccess, type AttachTargetAccess } from '../attach-kinds.js';
import { builtInPackage, builtInSummary } from '../builtins.js';
import { changeBetween, currentPackages, loadPackage, presentSummary } from '../records.js';
import type { AttachInput, AttachmentTarget } from '../validation.js';
import type { Attachment, AttachmentsAnswer } from '../answers.js';

/*
 * Packages attached to a conversation, a team meeting, a frame (or any kind registered in
 * attach-kinds.ts). Whoever sees the thing sees what is attached; whoever may change it attaches,
 * detaches and takes in an update. When a package has a newer version than the one taken in, the
 * attachment carries what changed (the notes and the changed lines) until someone takes it in.
 */

function assertMayAttach(access: AttachTargetAccess) {
  if (!access.attach) throw new ServiceError('FORBIDDEN', 'Only those who may change it attach packages');
}

async function listFor(ctx: SignedInContext, target: AttachmentTarget): Promise<Attachment[]> {
  const { db, actor } = ctx;
  const rows = await db
    .select({
      id: libraryAttachments.id,
      packageId: libraryAttachments.packageId,
      builtInKey: libraryAttachments.builtInKey,
      version: libraryAttachments.version,
      attachedAt: libraryAttachments.attachedAt,
      attachedBy: people.name,
    })
    .from(libraryAttachments)
    .leftJoin(
      people,
      and(eq(people.orgId, libraryAttachments.orgId), eq(people.id, libraryAttachments.attachedBy)),
    )
    .where(
      and(
        eq(libraryAttachments.orgId, actor.orgId),
        eq(libraryAttachments.entityKind, target.entityKind),
        eq(libraryAttachments.entityId, target.entityId),
      ),
    )
    .orderBy(asc(libraryAttachments.attachedAt), asc(libraryAttachments.id));
  const own = new Map(
    (
      await currentPackages(
        db,
        actor.orgId,
        rows.flatMap((r) => (r.packageId ? [r.packageId] : [])),
      )
    ).map((p) => [p.id, p]),
  );
  const out: Attachment[] = [];
  for (const r of rows) {
    const base = {
      id: r.id,
      version: r.version,
      attachedAt: toInstant(r.attachedAt),
      attachedBy: r.attachedBy,
    };
    if (r.packageId) {
      const p = own.get(r.packageId);
      if (!p) continue;
      const update =
        p.version > r.version ? await changeBetween(db, actor.orgId, p.id, r.version, p.version) : null;
      out.push({ ...base, package: presentSummary(p), update });
    } else {
      const p = r.builtInKey ? builtInPackage(r.builtInKey) : undefined;
      if (p) out.push({ ...base, package: builtInSummary(p, actor.locale), update: null });
    }
  }
  return out;
}

/** GET /library/attachments?entityKind&entityId: for whoever sees the thing; 404 for anyone else. */
export async function listAttachments({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: AttachmentTarget;
}): Promise<AttachmentsAnswer> {
  const access = await targetAccess(ctx, input.entityKind, input.entityId);
  // What is attached to a 1:1 is part of its subject's record: the read reaches their access log.
  if (access.subjectPersonId) {
    await auditReadsOncePerDay(ctx, {
      action: 'library_attachments.read',
      entityType: input.entityKind,
      reads: [{ subjectPersonId: access.subjectPersonId, entityId: input.entityId }],
    });
  }
  return { attachments: await listFor(ctx, input), can: { attach: access.attach } };
}

/** POST /library/attachments: attach a built-in or own package at its current version. */
export async function attachPackage({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: AttachInput;
}): Promise<AttachmentsAnswer> {
  const { actor } = ctx;
  const access = await targetAccess(ctx, input.entityKind, input.entityId);
  assertMayAttach(access);
  await inTransaction(ctx, async (tx) => {
    let version = 1;
    if (input.packageId) version = (await loadPackage(tx.db, actor.orgId, input.packageId)).version;
    else if (!builtInPackage(input.builtInKey!)) throw notFound('No such package');
    const [created] = await tx.db
      .insert(libraryAttachments)
      .values({
        orgId: actor.orgId,
        entityKind: input.entityKind,
        entityId: input.entityId,
        packageId: input.packageId ?? null,
        builtInKey: input.builtInKey ?? null,
        version,
        attachedBy: actor.personId,
      })
      .onConflictDoNothing()
      .returning({ id: libraryAttachments.id });
    if (!created) throw conflict('The package is already attached here');
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: 'library_attachment.created',
        entityType: input.entityKind,
        entityId: input.entityId,
        details: {
          attachmentId: created.id,
          packageId: input.packageId ?? null,
          builtInKey: input.builtInKey ?? null,
        },
      },
    );
  });
  return { attachments: await listFor(ctx, input), can: { attach: true } };
}

async function loadAttachment(ctx: SignedInContext, id: string) {
  const [row] = await ctx.db
    .select()
    .from(libraryAttachments)
    .where(and(eq(libraryAttachments.orgId, ctx.actor.orgId), eq(libraryAttachments.id, id)));
  if (!row) throw notFound('No such attachment');
  const access = await targetAccess(ctx, row.entityKind, row.entityId);
  return { row, access };
}

/** DELETE /library/attachments/{id}. */
export async function detachPackage({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<AttachmentsAnswer> {
  const { actor } = ctx;
  const { row, access } = await loadAttachment(ctx, input.id);
  assertMayAttach(access);
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .delete(libraryAttachments)
      .where(and(eq(libraryAttachments.orgId, actor.orgId), eq(libraryAttachments.id, row.id)));
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: 'library_attachment.deleted',
        entityType: row.entityKind,
        entityId: row.entityId,
        details: { attachmentId: row.id },
      },
    );
  });
  const target = { entityKind: row.entityKind, entityId: row.entityId };
  return { attachments: await listFor(ctx, target), can: { attach: true } };
}

/** POST /library/attachments/{id}/take-update: the attachment now uses the package's current version. */
export async function takeUpdate({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<AttachmentsAnswer> {
  const { actor } = ctx;
  const { row, access } = await loadAttachment(ctx, input.id);
  assertMayAttach(access);
  if (row.packageId) {
    await inTransaction(ctx, async (tx) => {
      const p = await loadPackage(tx.db, actor.orgId, row.packageId!);
      await tx.db
        .update(libraryAttachments)
        .set({ version: p.version })
        .where(and(eq(libraryAttachments.orgId, actor.orgId), eq(libraryAttachments.id, row.id)));
      await writeAudit(
        tx.db,
        { actor, orgId: actor.orgId },
        {
          action: 'library_attachment.updated',
          entityType: row.entityKind,
          entityId: row.entityId,
          details: { attachmentId: row.id, from: row.version, to: p.version },
        },
      );
    });
  }
  const target = { entityKind: row.entityKind, entityId: row.entityId };
  return { attachments: await listFor(ctx, target), can: { attach: true } };
}
