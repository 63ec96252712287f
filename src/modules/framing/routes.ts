import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { frameAnswer, frameListAnswer, managedFramesAnswer } from './answers.js';
import {
  createFrameInput,
  frameItemInput,
  listFramesQuery,
  publishFrameInput,
  updateFrameInput,
  updateFrameItemInput,
} from './validation.js';
import { listFrames } from './services/list-frames.js';
import { currentFrames } from './services/current-frames.js';
import { getFrame } from './services/get-frame.js';
import { createFrame } from './services/create-frame.js';
import { publishFrame, updateFrame } from './services/update-frame.js';
import { addFrameItem, deleteFrameItem, updateFrameItem } from './services/frame-items.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const itemParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  itemId: z.uuid().openapi({ param: { name: 'itemId', in: 'path' } }),
});

// Frames are `signedIn`: who maintains or reads a frame depends on its unit (records.ts).
export function registerFramingRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/frames',
      access: 'signedIn',
      request: { query: listFramesQuery },
      responses: { 200: json(managedFramesAnswer) },
    }),
    async (c) => c.json(await listFrames({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/frames/current',
      access: 'signedIn',
      responses: { 200: json(frameListAnswer) },
    }),
    async (c) => c.json(await currentFrames({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/frames/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(frameAnswer) },
    }),
    async (c) => c.json(await getFrame({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/frames',
      access: 'signedIn',
      request: jsonBody(createFrameInput),
      responses: { 201: json(frameAnswer, 'Created') },
    }),
    async (c) => c.json(await createFrame({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/frames/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateFrameInput) },
      responses: { 200: json(frameAnswer) },
    }),
    async (c) =>
      c.json(
        await updateFrame({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/frames/{id}/publish',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(publishFrameInput) },
      responses: { 200: json(frameAnswer) },
    }),
    async (c) =>
      c.json(
        await publishFrame({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/frames/{id}/items',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(frameItemInput) },
      responses: { 201: json(frameAnswer, 'Added') },
    }),
    async (c) =>
      c.json(
        await addFrameItem({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), frameId: c.req.valid('param').id },
        }),
        201,
      ),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/frames/{id}/items/{itemId}',
      access: 'signedIn',
      request: { params: itemParams, ...jsonBody(updateFrameItemInput) },
      responses: { 200: json(frameAnswer) },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      return c.json(
        await updateFrameItem({ ctx: signedIn(c), input: { ...c.req.valid('json'), frameId: id, itemId } }),
        200,
      );
    },
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/frames/{id}/items/{itemId}',
      access: 'signedIn',
      request: { params: itemParams },
      responses: { 200: json(frameAnswer) },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      return c.json(await deleteFrameItem({ ctx: signedIn(c), input: { frameId: id, itemId } }), 200);
    },
  );
}
