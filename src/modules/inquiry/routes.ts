import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { collaboratorInput, createCircleInput, listCirclesQuery, saveCircleInput } from './validation.js';
import { createCircle } from './services/create-circle.js';
import { getCircle, listCircles } from './services/get-circle.js';
import { saveCircle } from './services/save-circle.js';
import { circleHistory } from './services/history.js';
import { addCollaborator, removeCollaborator } from './services/collaborators.js';
import { startNextCircle } from './services/next-circle.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const ref = z.object({ id: z.string(), name: z.string() });
const fieldChange = z.object({ phase: z.string(), field: z.string(), from: z.string(), to: z.string() });
const doneChange = z.object({ phase: z.string(), done: z.boolean() });
const circleSchema = z.object({
  id: z.string(),
  form: z.string(),
  goal: z.object({ id: z.string(), title: z.string() }).nullable(),
  person: ref.nullable(),
  team: ref.nullable(),
  sequence: z.number(),
  previousId: z.string().nullable(),
  nextId: z.string().nullable(),
  status: z.enum(['open', 'done']),
  deadline: z.string().nullable(),
  phases: z.array(z.object({ key: z.string(), done: z.boolean(), fields: z.record(z.string(), z.string()) })),
  currentPhase: z.string(),
  progress: z.number(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  collaborators: z.array(ref),
});
const circleDetail = z.object({
  circle: circleSchema,
  relation: z.enum(['owner', 'collaborator', 'leader', 'shared']),
  can: z.object({
    edit: z.boolean(),
    manageCollaborators: z.boolean(),
    startNext: z.boolean(),
    history: z.boolean(),
  }),
});
const saveResult = circleDetail.extend({
  /** The fields this save wrote; `finished` when it completed the circle (offer the next one). */
  saved: z.array(z.object({ phase: z.string(), field: z.string() })),
  finished: z.boolean(),
});
const conflictBody = z.object({
  error: z.object({ code: z.literal('CONFLICT'), reason: z.literal('edit_conflict'), message: z.string() }),
  conflicts: z.array(
    z.object({
      phase: z.string(),
      field: z.string(),
      base: z.string(),
      mine: z.string(),
      theirs: z.string(),
    }),
  ),
  saved: z.array(z.object({ phase: z.string(), field: z.string() })),
  circle: circleSchema,
});
const circleList = z.object({
  circles: z.array(
    z.object({
      id: z.string(),
      sequence: z.number(),
      status: z.enum(['open', 'done']),
      currentPhase: z.string(),
      progress: z.number(),
      deadline: z.string().nullable(),
      updatedAt: z.string(),
      finishedAt: z.string().nullable(),
    }),
  ),
  can: z.object({ start: z.boolean() }),
});
const historySchema = z.object({
  revisions: z.array(
    z.object({
      version: z.number(),
      at: z.string(),
      actor: ref.nullable(),
      fields: z.array(fieldChange),
      done: z.array(doneChange),
      deadline: z.object({ from: z.string().nullable(), to: z.string().nullable() }).nullable(),
    }),
  ),
});
const collaboratorsResult = z.object({ collaborators: z.array(ref) });
const collaboratorParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  personId: z.uuid().openapi({ param: { name: 'personId', in: 'path' } }),
});

// Circles are `signedIn`: owner, invited colleagues, nearest leader(s) and shared readers are decided per circle.
export function registerInquiryRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/circles',
      access: 'signedIn',
      request: { query: listCirclesQuery },
      responses: { 200: json(circleList) },
    }),
    async (c) => c.json(await listCircles({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/circles',
      access: 'signedIn',
      request: jsonBody(createCircleInput),
      responses: { 201: json(circleDetail, 'Created') },
    }),
    async (c) => c.json(await createCircle({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/circles/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(circleDetail) },
    }),
    async (c) => c.json(await getCircle({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/circles/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(saveCircleInput) },
      responses: {
        200: json(saveResult),
        409: json(conflictBody, 'Some fields collided with another save; the rest were saved'),
      },
    }),
    async (c) =>
      c.json(
        await saveCircle({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/circles/{id}/history',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(historySchema) },
    }),
    async (c) => c.json(await circleHistory({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/circles/{id}/collaborators',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(collaboratorInput) },
      responses: { 201: json(collaboratorsResult, 'Invited') },
    }),
    async (c) =>
      c.json(
        await addCollaborator({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        201,
      ),
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/circles/{id}/collaborators/{personId}',
      access: 'signedIn',
      request: { params: collaboratorParams },
      responses: { 200: json(collaboratorsResult) },
    }),
    async (c) => c.json(await removeCollaborator({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/circles/{id}/next',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 201: json(circleDetail, 'Created') },
    }),
    async (c) => c.json(await startNextCircle({ ctx: signedIn(c), input: c.req.valid('param') }), 201),
  );
}
