import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import {
  feedbackAnswer,
  feedbackLinksAnswer,
  feedbackListAnswer,
  feedbackRecipientsAnswer,
} from './answers.js';
import { createFeedbackInput, feedbackOptionsQuery, listFeedbackQuery, replyInput } from './validation.js';
import { createFeedback } from './services/create-feedback.js';
import { listFeedback } from './services/list-feedback.js';
import { getFeedback } from './services/get-feedback.js';
import { addReply } from './services/add-reply.js';
import { feedbackLinks, feedbackRecipients } from './services/options.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

// Feedback is `signedIn`: who may read a note (sender, recipient, the recipient's nearest leaders) is decided per note.
export function registerFeedbackRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/feedback',
      access: 'signedIn',
      request: { query: listFeedbackQuery },
      responses: { 200: json(feedbackListAnswer) },
    }),
    async (c) => c.json(await listFeedback({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  // Declared before /feedback/{id} so these words are never taken for an id.
  app.openapi(
    route({
      method: 'get',
      path: '/feedback/recipients',
      access: 'signedIn',
      responses: { 200: json(feedbackRecipientsAnswer) },
    }),
    async (c) => c.json(await feedbackRecipients({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/feedback/links',
      access: 'signedIn',
      request: { query: feedbackOptionsQuery },
      responses: { 200: json(feedbackLinksAnswer) },
    }),
    async (c) => c.json(await feedbackLinks({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/feedback/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(feedbackAnswer) },
    }),
    async (c) => c.json(await getFeedback({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/feedback',
      access: 'signedIn',
      request: jsonBody(createFeedbackInput),
      responses: { 201: json(feedbackAnswer, 'Created') },
    }),
    async (c) => c.json(await createFeedback({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/feedback/{id}/replies',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(replyInput) },
      responses: { 201: json(feedbackAnswer, 'Replied') },
    }),
    async (c) =>
      c.json(
        await addReply({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), feedbackId: c.req.valid('param').id },
        }),
        201,
      ),
  );
}
