import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import {
  assignInput,
  createDefinitionInput,
  decideReviewInput,
  listDefinitionsQuery,
  planReviewInput,
  updateDefinitionInput,
  yearQuery,
} from './validation.js';
import {
  assignmentAnswer,
  boardAnswer,
  definitionAnswer,
  definitionDetailAnswer,
  definitionListAnswer,
  personLicencesAnswer,
  reviewAnswer,
} from './answers.js';
import {
  createDefinition,
  getDefinition,
  listDefinitions,
  updateDefinition,
} from './services/definitions.js';
import { decideReview, getReview, planReview } from './services/reviews.js';
import { getBoard } from './services/board.js';
import { assignTask } from './services/assign.js';
import { personLicences } from './services/person-licences.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const unitParam = z.object({ unitId: z.uuid().openapi({ param: { name: 'unitId', in: 'path' } }) });
const personParam = z.object({ personId: z.uuid().openapi({ param: { name: 'personId', in: 'path' } }) });

// Driving licences are `signedIn`: who defines, reviews, sees a board or a review follows from the
// unit and the person (access.ts).
export function registerLicenceRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/licence-definitions',
      access: 'signedIn',
      request: { query: listDefinitionsQuery },
      responses: { 200: json(definitionListAnswer) },
    }),
    async (c) => c.json(await listDefinitions({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/licence-definitions',
      access: 'signedIn',
      request: jsonBody(createDefinitionInput),
      responses: { 201: json(definitionAnswer, 'Created') },
    }),
    async (c) => c.json(await createDefinition({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/licence-definitions/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(definitionDetailAnswer) },
    }),
    async (c) => c.json(await getDefinition({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/licence-definitions/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateDefinitionInput) },
      responses: { 200: json(definitionAnswer) },
    }),
    async (c) =>
      c.json(
        await updateDefinition({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/licence-definitions/{id}/reviews',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(planReviewInput) },
      responses: { 201: json(reviewAnswer, 'Created') },
    }),
    async (c) =>
      c.json(
        await planReview({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/licence-definitions/{id}/assignments',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(assignInput) },
      responses: { 200: json(assignmentAnswer) },
    }),
    async (c) =>
      c.json(
        await assignTask({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/practice-reviews/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(reviewAnswer) },
    }),
    async (c) => c.json(await getReview({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/practice-reviews/{id}/decision',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(decideReviewInput) },
      responses: { 200: json(reviewAnswer) },
    }),
    async (c) =>
      c.json(
        await decideReview({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/licence-boards/{unitId}',
      access: 'signedIn',
      request: { params: unitParam },
      responses: { 200: json(boardAnswer) },
    }),
    async (c) => c.json(await getBoard({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/licences/people/{personId}',
      access: 'signedIn',
      request: { params: personParam, query: yearQuery },
      responses: { 200: json(personLicencesAnswer) },
    }),
    async (c) =>
      c.json(
        await personLicences({
          ctx: signedIn(c),
          input: { ...c.req.valid('param'), ...c.req.valid('query') },
        }),
        200,
      ),
  );
}
