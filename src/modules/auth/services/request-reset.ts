import { and, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { passwordResetLimiter, resetMailLimiter } from '../../../server/http/rate-limit.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { queueMail } from '../../../server/mail/send.js';
import { organisations, people } from '../../org/schema.js';
import { issueLink, setPasswordUrl } from '../links.js';
import { resetMail } from '../mails.js';
import type { RequestResetInput } from '../validation.js';

/**
 * Mails a reset link to every active person with the address (in one organisation when a slug
 * is given). The caller answers the same whether or not anyone was found, so the endpoint
 * cannot be used to learn which addresses have accounts.
 */
export async function requestPasswordReset({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RequestResetInput;
}): Promise<void> {
  await passwordResetLimiter.hit(ctx, ctx.ip);
  if (!(await resetMailLimiter.allow(ctx, input.email))) return;
  const now = ctx.now();
  const found = await ctx.db
    .select({ person: people, organisationName: organisations.name })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.orgId))
    .where(
      and(
        sql`lower(${people.email}) = ${input.email}`,
        eq(people.active, true),
        input.organisation ? eq(organisations.slug, input.organisation) : undefined,
      ),
    )
    .limit(5);
  if (found.length === 0) return;

  await inTransaction(ctx, async (tx) => {
    for (const { person, organisationName } of found) {
      const link = await issueLink(tx.db, person, 'reset', now);
      const mail = resetMail(person.locale, {
        name: person.name,
        organisation: organisationName,
        link: setPasswordUrl(ctx.config, link.token),
      });
      await queueMail(tx.db, { orgId: person.orgId, to: person.email!, ...mail });
      await writeAudit(
        tx.db,
        { actor: null, orgId: person.orgId },
        {
          action: 'auth.password_reset_requested',
          entityType: 'person',
          entityId: person.id,
          subjectPersonId: person.id,
          details: { tokenId: link.id },
        },
      );
    }
  });
}
