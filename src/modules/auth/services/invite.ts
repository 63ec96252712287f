import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { invalid, notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { queueMail } from '../../../server/mail/send.js';
import { organisations, people } from '../../org/schema.js';
import { LINK_LIFETIME_MS, expireLinks, issueLink, setPasswordUrl } from '../links.js';
import { inviteMail } from '../mails.js';
import type { InviteInput } from '../validation.js';

/**
 * Mails a person of the admin's organisation a link to choose a password. A new invitation
 * replaces the earlier ones, so only the latest mail works.
 */
export async function invitePerson({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: InviteInput;
}): Promise<{ expiresAt: Date }> {
  const { actor } = ctx;
  const now = ctx.now();
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ person: people, organisationName: organisations.name })
      .from(people)
      .innerJoin(organisations, eq(organisations.id, people.orgId))
      .where(and(eq(people.orgId, actor.orgId), eq(people.id, input.personId)));
    if (!row) throw notFound();
    const { person } = row;
    if (!person.email)
      throw invalid('The person has no email address to send the invitation to', 'person_no_email');
    if (!person.active) throw invalid('The person is deactivated', 'person_inactive');

    await expireLinks(tx.db, person, now, 'invite');
    const link = await issueLink(tx.db, person, 'invite', now);
    const mail = inviteMail(person.locale, {
      name: person.name,
      organisation: row.organisationName,
      inviter: actor.name,
      link: setPasswordUrl(ctx.config, link.token),
      days: Math.round(LINK_LIFETIME_MS.invite / (24 * 3600_000)),
    });
    await queueMail(tx.db, { orgId: person.orgId, to: person.email, ...mail });
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: 'auth.invitation_sent',
        entityType: 'person',
        entityId: person.id,
        subjectPersonId: person.id,
        details: { tokenId: link.id },
      },
    );
    return { expiresAt: link.expiresAt };
  });
}
