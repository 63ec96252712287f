import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import {
  circleAnswer,
  circleHistoryAnswer,
  circleListAnswer,
  circleSaveAnswer,
  collaboratorsAnswer,
} from './answers.js';
import { collaboratorInput, createCircleInput, listCirclesQuery, saveCircleInput } from './validation.js';
import { createCircle } from './services/create-circle.js';
import { getCircle, listCircles } from './services/get-circle.js';
import { saveCircle } from './services/save-circle.js';
import { circleHistory } from './services/history.js';
import { addCollaborator, removeCollaborator } from './services/collaborators.js';
import { startNextCircle } from './services/next-circle.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

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
      responses: { 200: json(circleListAnswer) },
    }),
    async (c) => c.json(await listCircles({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/circles',
      access: 'signedIn',
      request: jsonBody(createCircleInput),
      responses: { 201: json(circleAnswer, 'Created') },
    }),
    async (c) => c.json(await createCircle({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/circles/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(circleAnswer) },
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
        200: json(circleSaveAnswer, 'Saved; fields that collided with another save are in conflicts'),
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
      responses: { 200: json(circleHistoryAnswer) },
    }),
    async (c) => c.json(await circleHistory({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/circles/{id}/collaborators',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(collaboratorInput) },
      responses: { 201: json(collaboratorsAnswer, 'Invited') },
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
      responses: { 200: json(collaboratorsAnswer) },
    }),
    async (c) => c.json(await removeCollaborator({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/circles/{id}/next',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 201: json(circleAnswer, 'Created') },
    }),
    async (c) => c.json(await startNextCircle({ ctx: signedIn(c), input: c.req.valid('param') }), 201),
  );
}
