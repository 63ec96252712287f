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

type Params = typeof idParam | typeof participantParams | typeof lineParams | typeof courseParams;
type Service<I> = (args: { ctx: SignedInContext; input: I }) => Promise<unknown>;

/**
 * The shape most of the module's routes share: a signed-in call on an initiative (or a part of it),
 * whose path ids — and body, where it has one — are together the service's input, answered with the
 * initiative unless `answer` says otherwise; 201 where `created` names what was made.
 */
function initiativeRoute<P extends Params, B extends z.ZodType | null>(
  app: OpenAPIHono<AppEnv>,
  spec: {
    method: 'get' | 'post' | 'patch' | 'put' | 'delete';
    path: string;
    params: P;
    body: B;
    answer?: z.ZodType;
    created?: string;
  },
  service: Service<z.infer<P> & (B extends z.ZodType ? z.infer<B> : unknown)>,
) {
  const status = spec.created ? 201 : 200;
  const answer = json(spec.answer ?? initiativeAnswer, spec.created);
  app.openapi(
    route({
      method: spec.method,
      path: spec.path,
      access: 'signedIn',
      request: { params: spec.params, ...(spec.body ? jsonBody(spec.body) : {}) },
      responses: { [status]: answer },
    }),
    // The route's types are declared above at run time; the input's shape is `service`'s.
    async (c) => {
      const valid = (target: 'json' | 'param') => c.req.valid(target as never) as object;
      const input = { ...(spec.body ? valid('json') : {}), ...valid('param') };
      return c.json((await service({ ctx: signedIn(c), input: input as never })) as never, status);
    },
  );
}

// Initiatives are `signedIn`: who reads or changes one follows from the actor's relation to it (access.ts).
export function registerCompetenceRoutes(app: OpenAPIHono<AppEnv>) {
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
  const one = '/initiatives/{id}';
  const read = { params: idParam, body: null };
  initiativeRoute(app, { method: 'get', path: one, ...read }, getInitiative);
  initiativeRoute(
    app,
    { method: 'patch', path: one, params: idParam, body: saveInitiativeInput, answer: initiativeSaveAnswer },
    saveInitiative,
  );
  initiativeRoute(
    app,
    { method: 'post', path: `${one}/status`, params: idParam, body: statusInput },
    changeStatus,
  );
  initiativeRoute(
    app,
    { method: 'get', path: `${one}/history`, ...read, answer: historyAnswer },
    initiativeHistory,
  );
  initiativeRoute(
    app,
    { method: 'get', path: `${one}/frame-items`, ...read, answer: frameItemChoicesAnswer },
    frameItemChoices,
  );
  initiativeRoute(
    app,
    { method: 'put', path: `${one}/frame-items`, params: idParam, body: frameItemsInput },
    setFrameItems,
  );

  const participant = `${one}/participants/{participantId}`;
  initiativeRoute(
    app,
    {
      method: 'post',
      path: `${one}/participants`,
      params: idParam,
      body: addParticipantInput,
      created: 'Added',
    },
    addParticipant,
  );
  initiativeRoute(
    app,
    { method: 'patch', path: participant, params: participantParams, body: updateParticipantInput },
    updateParticipant,
  );
  initiativeRoute(
    app,
    { method: 'delete', path: participant, params: participantParams, body: null },
    removeParticipant,
  );
  initiativeRoute(
    app,
    { method: 'post', path: `${one}/proposal`, params: idParam, body: decideProposalInput },
    decideProposal,
  );

  const line = `${one}/plan/{lineId}`;
  initiativeRoute(
    app,
    { method: 'post', path: `${one}/plan`, params: idParam, body: planLineInput, created: 'Added' },
    addPlanLine,
  );
  initiativeRoute(
    app,
    { method: 'patch', path: line, params: lineParams, body: updatePlanLineInput },
    updatePlanLine,
  );
  initiativeRoute(app, { method: 'delete', path: line, params: lineParams, body: null }, deletePlanLine);

  const course = `${one}/courses/{courseId}`;
  initiativeRoute(
    app,
    { method: 'post', path: `${one}/courses`, params: idParam, body: courseInput, created: 'Planned' },
    addCourse,
  );
  initiativeRoute(
    app,
    { method: 'patch', path: course, params: courseParams, body: updateCourseInput },
    updateCourse,
  );
  initiativeRoute(
    app,
    { method: 'put', path: `${course}/dates`, params: courseParams, body: moveCourseInput },
    moveCourse,
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
