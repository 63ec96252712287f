import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import {
  guidelinesInput,
  highlightInput,
  markTurnInput,
  openRoundInput,
  purposeInput,
} from './validation.js';
import { getFrame } from './services/get-frame.js';
import { savePurpose } from './services/purpose.js';
import { closeRound, openRound } from './services/rounds.js';
import { markTurn } from './services/turns.js';
import { highlightGuideline } from './services/highlight.js';
import { getGuidelines, saveGuidelines } from './services/guidelines.js';
import { frameAnswer, guidelinesAnswer } from './answers.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const uuidParam = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });
const roundParams = z.object({ id: uuidParam('id'), roundId: uuidParam('roundId') });
const turnParams = z.object({
  id: uuidParam('id'),
  roundId: uuidParam('roundId'),
  personId: uuidParam('personId'),
});

// `signedIn`: whether the actor may read or lead the meeting is decided per conversation (404 for outsiders).
export function registerDialogueRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/conversations/{id}/dialogue',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(frameAnswer) },
    }),
    async (c) => c.json(await getFrame({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/conversations/{id}/dialogue/purpose',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(purposeInput) },
      responses: { 200: json(frameAnswer) },
    }),
    async (c) =>
      c.json(
        await savePurpose({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/conversations/{id}/dialogue/rounds',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(openRoundInput) },
      responses: { 201: json(frameAnswer, 'Opened') },
    }),
    async (c) =>
      c.json(
        await openRound({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/conversations/{id}/dialogue/rounds/{roundId}/close',
      access: 'signedIn',
      request: { params: roundParams },
      responses: { 200: json(frameAnswer) },
    }),
    async (c) => c.json(await closeRound({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/conversations/{id}/dialogue/rounds/{roundId}/turns/{personId}',
      access: 'signedIn',
      request: { params: turnParams, ...jsonBody(markTurnInput) },
      responses: { 200: json(frameAnswer) },
    }),
    async (c) =>
      c.json(
        await markTurn({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/conversations/{id}/dialogue/highlight',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(highlightInput) },
      responses: { 200: json(frameAnswer) },
    }),
    async (c) =>
      c.json(
        await highlightGuideline({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/teams/{id}/guidelines',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(guidelinesAnswer) },
    }),
    async (c) => c.json(await getGuidelines({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/teams/{id}/guidelines',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(guidelinesInput) },
      responses: { 200: json(guidelinesAnswer) },
    }),
    async (c) =>
      c.json(
        await saveGuidelines({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
}
