import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { organisations } from '../../org/schema.js';
import { oidcProviders } from '../schema.js';
import type { PublicOrganisation } from '../answers.js';

/** What the organisation's sign-in page shows before anyone signs in: its name and SSO button. */
export async function getPublicOrganisation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { slug: string };
}): Promise<PublicOrganisation> {
  const [row] = await ctx.db
    .select({ name: organisations.name, slug: organisations.slug, provider: oidcProviders })
    .from(organisations)
    .leftJoin(oidcProviders, eq(oidcProviders.orgId, organisations.id))
    .where(eq(organisations.slug, input.slug))
    .limit(1);
  if (!row) throw notFound('No organisation with that address');
  const sso =
    row.provider && row.provider.enabled
      ? {
          displayName: row.provider.displayName,
          startUrl: `/api/auth/oidc/${encodeURIComponent(row.slug)}/start`,
        }
      : null;
  return { name: row.name, sso };
}
