import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import { invitationAnswer, linkSummaryAnswer } from './answers.js';
import { changePassword } from './services/change-password.js';
import { inspectLink } from './services/inspect-link.js';
import { invitePerson } from './services/invite.js';
import { requestPasswordReset } from './services/request-reset.js';
import { setPasswordFromLink } from './services/set-password.js';
import { setSessionCookies } from './session.js';
import { changePasswordInput, inviteInput, requestResetInput, setPasswordInput } from './validation.js';

const tokenParam = z.object({
  // Any string: a mangled link is answered as an invalid link (404), not as a form error.
  token: z
    .string()
    .max(500)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

/** Password reset, invitations and the mailed links that set a password; changing one's password. */
export function registerPasswordRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'post',
      path: '/auth/password-reset',
      access: 'public',
      description:
        'Mails a reset link when the address belongs to an active person. Answers the same either way.',
      request: jsonBody(requestResetInput),
      responses: { 200: json(okAnswer) },
    }),
    async (c) => {
      await requestPasswordReset({ ctx: c.var.ctx, input: c.req.valid('json') });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/auth/invitations',
      access: 'admin',
      description:
        'Mails a person of the organisation a single-use link (valid 7 days) to choose a password.',
      request: jsonBody(inviteInput),
      responses: { 200: json(invitationAnswer) },
    }),
    async (c) => {
      const { expiresAt } = await invitePerson({
        ctx: c.var.ctx as SignedInContext,
        input: c.req.valid('json'),
      });
      return c.json({ ok: true as const, expiresAt: expiresAt.toISOString() }, 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/auth/tokens/{token}',
      access: 'public',
      description: 'Who a mailed link is for. 404 token_invalid, 410 token_expired or token_used.',
      request: { params: tokenParam },
      responses: { 200: json(linkSummaryAnswer) },
    }),
    async (c) => c.json(await inspectLink({ ctx: c.var.ctx, input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/auth/set-password',
      access: 'public',
      description:
        'Sets the password from a mailed link (once), ends other sessions and signs the person in.',
      request: jsonBody(setPasswordInput),
      responses: { 200: json(okAnswer, 'Password set; the session cookie is set') },
    }),
    async (c) => {
      const session = await setPasswordFromLink({ ctx: c.var.ctx, input: c.req.valid('json') });
      setSessionCookies(c, c.var.ctx.config, session);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/auth/change-password',
      access: 'signedIn',
      description: 'Changes the password after checking the current one; other sessions end.',
      request: jsonBody(changePasswordInput),
      responses: { 200: json(okAnswer) },
    }),
    async (c) => {
      await changePassword({ ctx: c.var.ctx as SignedInContext, input: c.req.valid('json') });
      return c.json({ ok: true as const }, 200);
    },
  );
}
