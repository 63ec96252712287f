import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import {
  goalAnswer,
  goalDetailAnswer,
  goalListAnswer,
  goalSharesAnswer,
  sharedGoalsAnswer,
} from './answers.js';
import {
  changeStatusInput,
  createGoalInput,
  listGoalsQuery,
  shareGoalInput,
  updateGoalInput,
} from './validation.js';
import { listGoals, listSharedWithMe } from './services/list-goals.js';
import { getGoal } from './services/get-goal.js';
import { createGoal } from './services/create-goal.js';
import { updateGoal } from './services/update-goal.js';
import { changeGoalStatus } from './services/change-status.js';
import { removeShare, shareGoal } from './services/shares.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const shareParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  shareId: z.uuid().openapi({ param: { name: 'shareId', in: 'path' } }),
});

// Goals are `signedIn`: the goal's owner, their nearest leader(s) and share targets are decided per goal.
export function registerGoalRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/goals',
      access: 'signedIn',
      request: { query: listGoalsQuery },
      responses: { 200: json(goalListAnswer) },
    }),
    async (c) => c.json(await listGoals({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/goals/shared',
      access: 'signedIn',
      responses: { 200: json(sharedGoalsAnswer) },
    }),
    async (c) => c.json(await listSharedWithMe({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/goals/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(goalDetailAnswer) },
    }),
    async (c) => c.json(await getGoal({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/goals',
      access: 'signedIn',
      request: jsonBody(createGoalInput),
      responses: { 201: json(goalAnswer, 'Created') },
    }),
    async (c) => c.json(await createGoal({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/goals/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateGoalInput) },
      responses: { 200: json(goalAnswer) },
    }),
    async (c) =>
      c.json(
        await updateGoal({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/goals/{id}/status',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(changeStatusInput) },
      responses: { 200: json(goalAnswer) },
    }),
    async (c) =>
      c.json(
        await changeGoalStatus({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/goals/{id}/shares',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(shareGoalInput) },
      responses: { 201: json(goalSharesAnswer, 'Shared') },
    }),
    async (c) =>
      c.json(
        await shareGoal({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), goalId: c.req.valid('param').id },
        }),
        201,
      ),
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/goals/{id}/shares/{shareId}',
      access: 'signedIn',
      request: { params: shareParams },
      responses: { 200: json(goalSharesAnswer) },
    }),
    async (c) => {
      const { id, shareId } = c.req.valid('param');
      return c.json(await removeShare({ ctx: signedIn(c), input: { goalId: id, shareId } }), 200);
    },
  );
}
