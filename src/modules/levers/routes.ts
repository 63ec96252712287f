import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import {
  addLeverInput,
  createActionInput,
  createPlanInput,
  listPlansQuery,
  updateActionInput,
  updatePlanInput,
} from './validation.js';
import { listPlans } from './services/list-plans.js';
import { createPlan, deletePlan, getPlan, planHistory, updatePlan } from './services/plans.js';
import { addLever, removeLever, updateLever } from './services/plan-levers.js';
import { createAction, deleteAction, updateAction } from './services/actions.js';
import { myActions, overdueActions } from './services/my-actions.js';
import { LEVER_LIMITS } from './validation.js';
import {
  leverActionAnswer,
  listedActionsAnswer,
  planAnswer,
  planDetailAnswer,
  planHistoryAnswer,
  planListAnswer,
} from './answers.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const leverParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  leverId: z.uuid().openapi({ param: { name: 'leverId', in: 'path' } }),
});
const aimInput = z.object({ aim: z.string().trim().max(LEVER_LIMITS.aim).nullable().optional() });

// Lever plans are `signedIn`: who reads or edits one follows from its unit or team (access.ts).
export function registerLeverRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/lever-plans',
      access: 'signedIn',
      request: { query: listPlansQuery },
      responses: { 200: json(planListAnswer) },
    }),
    async (c) => c.json(await listPlans({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/lever-plans',
      access: 'signedIn',
      request: jsonBody(createPlanInput),
      responses: { 201: json(planAnswer, 'Created') },
    }),
    async (c) => c.json(await createPlan({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/lever-plans/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(planDetailAnswer) },
    }),
    async (c) => c.json(await getPlan({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/lever-plans/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updatePlanInput) },
      responses: { 200: json(planAnswer) },
    }),
    async (c) =>
      c.json(
        await updatePlan({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/lever-plans/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => c.json(await deletePlan({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/lever-plans/{id}/history',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(planHistoryAnswer) },
    }),
    async (c) => c.json(await planHistory({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/lever-plans/{id}/levers',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(addLeverInput) },
      responses: { 201: json(planAnswer, 'Added') },
    }),
    async (c) =>
      c.json(
        await addLever({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), planId: c.req.valid('param').id },
        }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/lever-plans/{id}/levers/{leverId}',
      access: 'signedIn',
      request: { params: leverParams, ...jsonBody(aimInput) },
      responses: { 200: json(planAnswer) },
    }),
    async (c) => {
      const { id, leverId } = c.req.valid('param');
      return c.json(
        await updateLever({
          ctx: signedIn(c),
          input: { planId: id, leverId, aim: c.req.valid('json').aim || null },
        }),
        200,
      );
    },
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/lever-plans/{id}/levers/{leverId}',
      access: 'signedIn',
      request: { params: leverParams },
      responses: { 200: json(planAnswer) },
    }),
    async (c) => {
      const { id, leverId } = c.req.valid('param');
      return c.json(await removeLever({ ctx: signedIn(c), input: { planId: id, leverId } }), 200);
    },
  );
  app.openapi(
    route({
      method: 'post',
      path: '/lever-plans/{id}/actions',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(createActionInput) },
      responses: { 201: json(leverActionAnswer, 'Created') },
    }),
    async (c) =>
      c.json(
        await createAction({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), planId: c.req.valid('param').id },
        }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/lever-actions/mine',
      access: 'signedIn',
      responses: { 200: json(listedActionsAnswer) },
    }),
    async (c) => c.json(await myActions({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/lever-actions/overdue',
      access: 'signedIn',
      responses: { 200: json(listedActionsAnswer) },
    }),
    async (c) => c.json(await overdueActions({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/lever-actions/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateActionInput) },
      responses: { 200: json(leverActionAnswer) },
    }),
    async (c) =>
      c.json(
        await updateAction({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/lever-actions/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => c.json(await deleteAction({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
}
