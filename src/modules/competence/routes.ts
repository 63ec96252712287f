import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { FORMAT_IDS } from './content/formats.js';
import {
  formatAnswer,
  formatListAnswer,
  frameItemChoicesAnswer,
  historyAnswer,
  initiativeAnswer,
  initiativeListAnswer,
  initiativeSaveAnswer,
  myInitiativesAnswer,
} from './answers.js';
import {
  addParticipantInput,
  courseInput,
  createInitiativeInput,
  decideProposalInput,
  formatInput,
  frameItemsInput,
  listInitiativesQuery,
  planLineInput,
  saveInitiativeInput,
  statusInput,
  updateCourseInput,
  moveCourseInput,
  updateParticipantInput,
  updatePlanLineInput,
} from './validation.js';
import { createInitiative } from './services/create-initiative.js';
import { getInitiative } from './services/get-initiative.js';
import { saveInitiative } from './services/save-initiative.js';
import { changeStatus } from './services/status.js';
import { listInitiatives, myInitiatives } from './services/list-initiatives.js';
import { addParticipant, removeParticipant, updateParticipant } from './services/participants.js';
import { decideProposal } from './services/decide-proposal.js';
import { addPlanLine, deletePlanLine, updatePlanLine } from './services/plan-lines.js';
import { addCourse, updateCourse } from './services/courses.js';
import { moveCourse } from './services/move-course.js';
import { frameItemChoices, setFrameItems } from './services/frame-items.js';
import { initiativeHistory } from './services/history.js';
import { editFormat, listFormats } from './services/formats.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;
const pathId = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });
const participantParams = z.object({ id: pathId('id'), participantId: pathId('participantId') });
const lineParams = z.object({ id: pathId('id'), lineId: pathId('lineId') });
const courseParams = z.object({ id: pathId('id'), courseId: pathId('courseId') });
const formatParams = z.object({ key: z.enum(FORMAT_IDS).openapi({ param: { name: 'key', in: 'path' } }) });

// Initiatives are `signedIn`: who reads or changes one follows from the actor's relation to it (access.ts).
export function registerCompetenceRoutes(app: OpenAPIHono<AppEnv>) {
  const ok = { 200: json(initiativeAnswer) };

  app.openapi(
    route({
      method: 'get',
      path: '/initiatives',
      access: 'signedIn',
      request: { query: listInitiativesQuery },
      responses: { 200: json(initiativeListAnswer) },
    }),
    async (c) => c.json(await listInitiatives({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/initiatives/mine',
      access: 'signedIn',
      responses: { 200: json(myInitiativesAnswer) },
    }),
    async (c) => c.json(await myInitiatives({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/initiatives',
      access: 'signedIn',
      request: jsonBody(createInitiativeInput),
      responses: { 201: json(initiativeAnswer, 'Created') },
    }),
    async (c) => c.json(await createInitiative({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/initiatives/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: ok,
    }),
    async (c) => c.json(await getInitiative({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/initiatives/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(saveInitiativeInput) },
      responses: { 200: json(initiativeSaveAnswer) },
    }),
    async (c) =>
      c.json(
        await saveInitiative({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/initiatives/{id}/status',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(statusInput) },
      responses: ok,
    }),
    async (c) =>
      c.json(
        await changeStatus({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/initiatives/{id}/history',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(historyAnswer) },
    }),
    async (c) => c.json(await initiativeHistory({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/initiatives/{id}/frame-items',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(frameItemChoicesAnswer) },
    }),
    async (c) => c.json(await frameItemChoices({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/initiatives/{id}/frame-items',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(frameItemsInput) },
      responses: ok,
    }),
    async (c) =>
      c.json(
        await setFrameItems({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/initiatives/{id}/participants',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(addParticipantInput) },
      responses: { 201: json(initiativeAnswer, 'Added') },
    }),
    async (c) =>
      c.json(
        await addParticipant({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/initiatives/{id}/participants/{participantId}',
      access: 'signedIn',
      request: { params: participantParams, ...jsonBody(updateParticipantInput) },
      responses: ok,
    }),
    async (c) =>
      c.json(
        await updateParticipant({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/initiatives/{id}/participants/{participantId}',
      access: 'signedIn',
      request: { params: participantParams },
      responses: ok,
    }),
    async (c) => c.json(await removeParticipant({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/initiatives/{id}/proposal',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(decideProposalInput) },
      responses: ok,
    }),
    async (c) =>
      c.json(
        await decideProposal({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/initiatives/{id}/plan',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(planLineInput) },
      responses: { 201: json(initiativeAnswer, 'Added') },
    }),
    async (c) =>
      c.json(
        await addPlanLine({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/initiatives/{id}/plan/{lineId}',
      access: 'signedIn',
      request: { params: lineParams, ...jsonBody(updatePlanLineInput) },
      responses: ok,
    }),
    async (c) =>
      c.json(
        await updatePlanLine({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/initiatives/{id}/plan/{lineId}',
      access: 'signedIn',
      request: { params: lineParams },
      responses: ok,
    }),
    async (c) => c.json(await deletePlanLine({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/initiatives/{id}/courses',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(courseInput) },
      responses: { 201: json(initiativeAnswer, 'Planned') },
    }),
    async (c) =>
      c.json(
        await addCourse({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/initiatives/{id}/courses/{courseId}',
      access: 'signedIn',
      request: { params: courseParams, ...jsonBody(updateCourseInput) },
      responses: ok,
    }),
    async (c) =>
      c.json(
        await updateCourse({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/initiatives/{id}/courses/{courseId}/dates',
      access: 'signedIn',
      request: { params: courseParams, ...jsonBody(moveCourseInput) },
      responses: ok,
    }),
    async (c) =>
      c.json(
        await moveCourse({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/learning-formats',
      access: 'signedIn',
      responses: { 200: json(formatListAnswer) },
    }),
    async (c) => c.json(await listFormats({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/learning-formats/{key}',
      access: 'signedIn',
      request: { params: formatParams, ...jsonBody(formatInput) },
      responses: { 200: json(formatAnswer) },
    }),
    async (c) =>
      c.json(
        await editFormat({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
}
