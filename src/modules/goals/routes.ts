import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { GOAL_SOURCES, GOAL_STATUSES } from './constants.js';
import { GOAL_HINT_CODES } from './hints.js';
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

const ref = z.object({ id: z.string(), name: z.string() });
const status = z.enum(GOAL_STATUSES);
const goalSchema = z.object({
  id: z.string(),
  title: z.string(),
  why: z.string().nullable(),
  progressSigns: z.string().nullable(),
  source: z.enum(GOAL_SOURCES),
  status,
  statusReason: z.string().nullable(),
  frameItem: z.object({ id: z.string(), title: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
const goalResult = z.object({ goal: goalSchema });
const shareSchema = z.object({
  id: z.string(),
  person: ref.nullable(),
  team: ref.nullable(),
  createdAt: z.string(),
});
const sharesResult = z.object({ shares: z.array(shareSchema) });
const goalList = z.object({
  person: ref,
  relation: z.enum(['self', 'leader']),
  goals: z.array(goalSchema),
  can: z.object({ create: z.boolean() }),
});
const sharedList = z.object({ goals: z.array(goalSchema.extend({ owner: ref.nullable() })) });
const goalDetail = z.object({
  goal: goalSchema,
  owner: ref.nullable(),
  /** A team's goal: the team; a leaders' peer group speaks of the group. */
  team: ref.extend({ isPeerGroup: z.boolean() }).nullable(),
  history: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      actor: ref.nullable(),
      fromStatus: status.nullable(),
      toStatus: status,
      reason: z.string().nullable(),
    }),
  ),
  shares: z.array(shareSchema),
  shareTeams: z.array(ref),
  hints: z.array(z.enum(GOAL_HINT_CODES)),
  relation: z.enum(['owner', 'leader', 'shared']),
  can: z.object({ edit: z.boolean(), changeStatus: z.boolean(), share: z.boolean() }),
});

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
      responses: { 200: json(goalList) },
    }),
    async (c) => c.json(await listGoals({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  app.openapi(
    route({ method: 'get', path: '/goals/shared', access: 'signedIn', responses: { 200: json(sharedList) } }),
    async (c) => c.json(await listSharedWithMe({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/goals/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(goalDetail) },
    }),
    async (c) => c.json(await getGoal({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/goals',
      access: 'signedIn',
      request: jsonBody(createGoalInput),
      responses: { 201: json(goalResult, 'Created') },
    }),
    async (c) => c.json(await createGoal({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/goals/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateGoalInput) },
      responses: { 200: json(goalResult) },
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
      responses: { 200: json(goalResult) },
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
      responses: { 201: json(sharesResult, 'Shared') },
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
      responses: { 200: json(sharesResult) },
    }),
    async (c) => {
      const { id, shareId } = c.req.valid('param');
      return c.json(await removeShare({ ctx: signedIn(c), input: { goalId: id, shareId } }), 200);
    },
  );
}
