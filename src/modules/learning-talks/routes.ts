import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { packageAnswer, talkAnswer, talkListAnswer } from './answers.js';
import { createTalk, getPackage, getTalk, listTalks, updateTalk } from './services/talks.js';
import { createTalkInput, listTalksQuery, updateTalkInput } from './validation.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

// Learning conversations are `signedIn`: only the unit's and the upper level's leaders are parties.
export function registerLearningTalkRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/learning-talks',
      access: 'signedIn',
      request: { query: listTalksQuery },
      responses: { 200: json(talkListAnswer) },
    }),
    async (c) => c.json(await listTalks({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/learning-talks',
      access: 'signedIn',
      request: jsonBody(createTalkInput),
      responses: { 201: json(talkAnswer, 'Created') },
    }),
    async (c) => c.json(await createTalk({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/learning-talks/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(talkAnswer) },
    }),
    async (c) => c.json(await getTalk({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/learning-talks/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateTalkInput) },
      responses: { 200: json(talkAnswer) },
    }),
    async (c) =>
      c.json(
        await updateTalk({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/learning-talks/{id}/package',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(packageAnswer) },
    }),
    async (c) => c.json(await getPackage({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
}
