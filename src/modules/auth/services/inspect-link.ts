import type { ServiceContext } from '../../../server/http/context.js';
import { findUsableLink } from '../links.js';
import type { LinkSummary } from '../answers.js';

/** Who a mailed link is for, so the page can say it before a password is chosen. */
export async function inspectLink({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { token: string };
}): Promise<LinkSummary> {
  const link = await findUsableLink(ctx.db, input.token, ctx.now());
  return { kind: link.kind, personName: link.person.name, organisationName: link.organisationName };
}
