import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../../server/http/route.js';
import { okAnswer } from '../../../shared/answers.js';
import { createUnitInput, moveUnitInput, updateUnitInput } from '../validation.js';
import { listUnits } from '../services/list-units.js';
import { getUnit } from '../services/get-unit.js';
import { createUnit } from '../services/create-unit.js';
import { updateUnit } from '../services/update-unit.js';
import { moveUnit } from '../services/move-unit.js';
import { deleteUnit } from '../services/delete-unit.js';
import { unitAnswer, unitDetailAnswer, unitListAnswer } from '../answers.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

export function registerUnitRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({ method: 'get', path: '/units', access: 'signedIn', responses: { 200: json(unitListAnswer) } }),
    async (c) => c.json(await listUnits({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/units/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(unitDetailAnswer) },
    }),
    async (c) => c.json(await getUnit({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/units',
      access: 'admin',
      request: jsonBody(createUnitInput),
      responses: { 201: json(unitAnswer, 'Created') },
    }),
    async (c) => c.json(await createUnit({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/units/{id}',
      access: 'admin',
      request: { params: idParam, ...jsonBody(updateUnitInput) },
      responses: { 200: json(unitAnswer) },
    }),
    async (c) =>
      c.json(
        await updateUnit({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/units/{id}/move',
      access: 'admin',
      request: { params: idParam, ...jsonBody(moveUnitInput) },
      responses: { 200: json(unitAnswer) },
    }),
    async (c) =>
      c.json(
        await moveUnit({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/units/{id}',
      access: 'admin',
      request: { params: idParam },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => c.json(await deleteUnit({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
}
