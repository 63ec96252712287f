import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import { signIn } from './services/sign-in.js';
import { deviceFor, setDeviceCookie } from './device.js';
import { getMe } from './services/me.js';
import { updateMe } from './services/update-me.js';
import { registerPasswordRoutes } from './password-routes.js';
import { clearSessionCookies, destroySession, setSessionCookies } from './session.js';
import { signInInput, updateMeInput } from './validation.js';
import { meAnswer } from './answers.js';

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'post',
      path: '/auth/sign-in',
      access: 'public',
      request: jsonBody(signInInput),
      responses: { 200: json(okAnswer, 'Signed in; the session cookie is set') },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const { config } = c.var.ctx;
      const device = deviceFor(c, config, input.email);
      const session = await signIn({ ctx: c.var.ctx, input, device });
      setSessionCookies(c, config, session);
      setDeviceCookie(c, config, input.email, device);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/auth/sign-out',
      access: 'public',
      responses: { 200: json(okAnswer) },
    }),
    async (c) => {
      const { actor, db } = c.var.ctx;
      if (actor) await destroySession(db, actor);
      clearSessionCookies(c);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    route({ method: 'get', path: '/auth/me', access: 'signedIn', responses: { 200: json(meAnswer) } }),
    async (c) => c.json(await getMe({ ctx: c.var.ctx as SignedInContext }), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/auth/me',
      access: 'signedIn',
      request: jsonBody(updateMeInput),
      responses: { 200: json(okAnswer) },
    }),
    async (c) => {
      await updateMe({ ctx: c.var.ctx as SignedInContext, input: c.req.valid('json') });
      return c.json({ ok: true as const }, 200);
    },
  );

  registerPasswordRoutes(app);
}
