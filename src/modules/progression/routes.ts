import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { TypedResponse } from 'hono';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import {
  courseAnswer,
  overviewAnswer,
  progressionUnitsAnswer,
  unitProgressionAnswer,
  type OverviewAnswer,
} from './answers.js';
import { createCourse, deleteCourse, getCourse, updateCourse } from './services/courses.js';
import { rateCourse } from './services/rate-course.js';
import { getUnitProgression, progressionUnits, setAreas } from './services/unit-progression.js';
import { progressionOverviewJson } from './services/overview.js';
import {
  createCourseInput,
  rateCourseInput,
  setAreasInput,
  unitQuery,
  updateCourseInput,
} from './validation.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;
const unitIdQuery = unitQuery.extend({
  unitId: z.uuid().openapi({ param: { name: 'unitId', in: 'query' } }),
});

// Progression is `signedIn`: who reads or records follows from the course's unit (access.ts).
export function registerProgressionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/progression/units',
      access: 'signedIn',
      responses: { 200: json(progressionUnitsAnswer) },
    }),
    async (c) => c.json(await progressionUnits({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/progression/units/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(unitProgressionAnswer) },
    }),
    async (c) => c.json(await getUnitProgression({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/progression/units/{id}/areas',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(setAreasInput) },
      responses: { 200: json(unitProgressionAnswer) },
    }),
    async (c) =>
      c.json(
        await setAreas({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/progression/overview',
      access: 'signedIn',
      request: { query: unitIdQuery },
      responses: { 200: json(overviewAnswer) },
    }),
    // The declared answer as text, the kept part serialised once (services/overview.ts).
    async (c) =>
      c.body(await progressionOverviewJson({ ctx: signedIn(c), input: c.req.valid('query') }), 200, {
        'content-type': 'application/json',
      }) as unknown as TypedResponse<OverviewAnswer, 200, 'json'>,
  );
  app.openapi(
    route({
      method: 'post',
      path: '/progression/courses',
      access: 'signedIn',
      request: jsonBody(createCourseInput),
      responses: { 201: json(courseAnswer, 'Created') },
    }),
    async (c) => c.json(await createCourse({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/progression/courses/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(courseAnswer) },
    }),
    async (c) => c.json(await getCourse({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/progression/courses/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateCourseInput) },
      responses: { 200: json(courseAnswer) },
    }),
    async (c) =>
      c.json(
        await updateCourse({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/progression/courses/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => c.json(await deleteCourse({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/progression/courses/{id}/ratings',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(rateCourseInput) },
      responses: { 200: json(courseAnswer) },
    }),
    async (c) =>
      c.json(
        await rateCourse({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
}
