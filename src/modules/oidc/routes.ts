import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/http/context.js';
import { json, route } from '../../server/http/route.js';
import { logger } from '../../server/log.js';
import { LIMITS } from '../../shared/limits.js';
import { setSessionCookies } from '../auth/index.js';
import { getPublicOrganisation } from './services/public-organisation.js';
import { startSignIn } from './services/start-sign-in.js';
import { finishSignIn } from './services/finish-sign-in.js';
import { ssoReasonOf } from './services/sso-error.js';
import { clearStateCookie, readStateCookie, setStateCookie } from './state-cookie.js';
import { registerOrganisationSettingsRoutes } from './settings-routes.js';
import { publicOrganisationAnswer } from './answers.js';

const slugParam = z.object({
  slug: z
    .string()
    .min(1)
    .max(LIMITS.slug)
    .openapi({ param: { name: 'slug', in: 'path' } }),
});

const redirect = (description: string) => ({ 302: { description } });

/** The sign-in page shows the failure; the slug brings the person back to their organisation's page. */
function loginUrl(slug: string | null, reason: string) {
  const params = new URLSearchParams();
  if (slug) params.set('org', slug);
  params.set('error', reason);
  return `/login?${params.toString()}`;
}

// The provider's answer (error code, description) is what an operator needs; never tokens.
const describe = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

export function registerOidcRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/auth/organisations/{slug}',
      access: 'public',
      request: { params: slugParam },
      responses: {
        200: json(
          publicOrganisationAnswer,
          'The organisation’s name and single sign-on, for its sign-in page',
        ),
      },
    }),
    async (c) => c.json(await getPublicOrganisation({ ctx: c.var.ctx, input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/auth/oidc/{slug}/start',
      access: 'public',
      request: {
        params: slugParam,
        query: z.object({ next: z.string().max(LIMITS.url).optional() }),
      },
      responses: redirect('To the identity provider, or back to the sign-in page with a reason'),
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      try {
        const { authorizationUrl, state } = await startSignIn({
          ctx: c.var.ctx,
          input: { slug, next: c.req.valid('query').next },
        });
        await setStateCookie(c, c.var.ctx.config, state);
        return c.redirect(authorizationUrl.href, 302);
      } catch (err) {
        const reason = ssoReasonOf(err);
        if (reason === 'sso_failed') logger.warn(`OIDC start failed for ${slug}: ${describe(err)}`);
        return c.redirect(loginUrl(slug, reason), 302);
      }
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/auth/oidc/callback',
      access: 'public',
      responses: redirect(
        'Signed in and on to the page asked for, or back to the sign-in page with a reason',
      ),
    }),
    async (c) => {
      const { ctx } = c.var;
      const state = await readStateCookie(c, ctx.config, ctx.now());
      clearStateCookie(c, ctx.config);
      // Built from the public address: behind a proxy the request's own URL is not what the provider saw.
      const currentUrl = new URL(
        `${ctx.config.publicUrl}/api/auth/oidc/callback${new URL(c.req.url).search}`,
      );
      try {
        const { session, next } = await finishSignIn({ ctx, input: { state, currentUrl } });
        setSessionCookies(c, ctx.config, session);
        return c.redirect(next, 302);
      } catch (err) {
        const reason = ssoReasonOf(err);
        if (reason === 'sso_failed') logger.warn(`OIDC callback failed: ${describe(err)}`);
        return c.redirect(loginUrl(state?.slug ?? null, reason), 302);
      }
    },
  );

  registerOrganisationSettingsRoutes(app);
}
