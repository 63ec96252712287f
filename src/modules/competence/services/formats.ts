import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, forbidden } from '../../../server/http/errors.js';
import { isAdmin } from '../../../server/policy/actor.js';
import type { Db } from '../../../server/db/client.js';
import { orgLearningFormats } from '../schema.js';
import { FORMATS, type FormatId } from '../content/formats.js';
import type { FormatInput } from '../validation.js';
import type { FormatListAnswer, LearningFormatAnswer } from '../answers.js';

/** The catalogue as the organisation has it: the built-in fifteen, each replaced by its own copy once edited. */
export async function organisationFormats(db: Db, orgId: string): Promise<LearningFormatAnswer[]> {
  const own = await db.select().from(orgLearningFormats).where(eq(orgLearningFormats.orgId, orgId));
  return FORMATS.map((f) => {
    const o = own.find((r) => r.key === f.id);
    return o
      ? {
          key: f.id,
          name: { da: o.nameDa, en: o.nameEn },
          description: { da: o.descriptionDa, en: o.descriptionEn },
          suits: o.suits,
          hidden: o.hidden,
          edited: true,
          version: o.version,
        }
      : {
          key: f.id,
          name: f.name,
          description: f.description,
          suits: [...f.suits],
          hidden: false,
          edited: false,
          version: 0,
        };
  });
}

/** GET /learning-formats: everyone signed in reads the catalogue; HR and admins edit it. */
export async function listFormats({ ctx }: { ctx: SignedInContext }): Promise<FormatListAnswer> {
  return { formats: await organisationFormats(ctx.db, ctx.actor.orgId), can: { edit: isAdmin(ctx.actor) } };
}

/**
 * PUT /learning-formats/{key}: the organisation's own text, suits or hiding of a format. Version 0
 * edits the built-in one for the first time (docs/content.md: copied on first edit, key kept).
 */
export async function editFormat({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: FormatInput & { key: FormatId };
}): Promise<{ format: LearningFormatAnswer }> {
  if (!isAdmin(ctx.actor)) throw forbidden('Only HR and administrators edit the catalogue');
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const [current] = await tx.db
      .select({ version: orgLearningFormats.version })
      .from(orgLearningFormats)
      .where(and(eq(orgLearningFormats.orgId, orgId), eq(orgLearningFormats.key, input.key)))
      .for('update');
    if ((current?.version ?? 0) !== input.version)
      throw conflict('Someone changed this format meanwhile', 'stale_version');
    const values = {
      nameDa: input.name.da,
      nameEn: input.name.en,
      descriptionDa: input.description.da,
      descriptionEn: input.description.en,
      suits: input.suits,
      hidden: input.hidden,
      version: input.version + 1,
      updatedBy: tx.actor.personId,
      updatedAt: tx.now(),
    };
    const inserted = current
      ? []
      : await tx.db
          .insert(orgLearningFormats)
          .values({ orgId, key: input.key, ...values })
          .onConflictDoNothing()
          .returning();
    if (!current && inserted.length === 0)
      throw conflict('Someone changed this format meanwhile', 'stale_version');
    if (current)
      await tx.db
        .update(orgLearningFormats)
        .set(values)
        .where(and(eq(orgLearningFormats.orgId, orgId), eq(orgLearningFormats.key, input.key)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'learning_format.edited',
        entityType: 'learning_format',
        entityId: null,
        details: { key: input.key, hidden: input.hidden },
      },
    );
    const format = (await organisationFormats(tx.db, orgId)).find((f) => f.key === input.key)!;
    return { format };
  });
}
