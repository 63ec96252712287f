import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { json, jsonBody, route } from '../../server/http/route.js';
import { cultureTrendAnswer, takenAnswer } from './answers.js';
import { getCultureTrend, shareTrend, takeAssessment } from './services/culture.js';
import { shareInput, subjectQuery, takeAssessmentInput } from './validation.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

// The learning-culture self-assessment is `signedIn`: access/loadCultureSubject decides whose trend.
export function registerLearningCultureRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/learning-culture',
      access: 'signedIn',
      request: { query: subjectQuery },
      responses: { 200: json(cultureTrendAnswer) },
    }),
    async (c) => c.json(await getCultureTrend({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/learning-culture/assessments',
      access: 'signedIn',
      request: jsonBody(takeAssessmentInput),
      responses: { 201: json(takenAnswer, 'Created'), 200: json(takenAnswer, 'Already recorded') },
    }),
    async (c) => {
      const answer = await takeAssessment({ ctx: signedIn(c), input: c.req.valid('json') });
      return answer.duplicate ? c.json(answer, 200) : c.json(answer, 201);
    },
  );
  app.openapi(
    route({
      method: 'put',
      path: '/learning-culture/share',
      access: 'signedIn',
      request: jsonBody(shareInput),
      responses: { 200: json(cultureTrendAnswer) },
    }),
    async (c) => c.json(await shareTrend({ ctx: signedIn(c), input: c.req.valid('json') }), 200),
  );
}
