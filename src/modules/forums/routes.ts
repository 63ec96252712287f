import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import { FORUM_LEVELS, INSTRUMENTS } from './constants.js';
import {
  answerInput,
  createForumInput,
  listForumsQuery,
  openRoundInput,
  recordMeetingInput,
  roundCodeParam,
  thresholdInput,
  updateForumInput,
} from './validation.js';
import { listForums } from './services/list-forums.js';
import { getForum } from './services/get-forum.js';
import { createForum } from './services/create-forum.js';
import { updateForum } from './services/update-forum.js';
import { openMeetingEvaluation, recordMeeting } from './services/meetings.js';
import { closeRound } from './services/close-round.js';
import { getTeamChecks, listCheckTeams, openSafetyCheck } from './services/safety-checks.js';
import { answerRound, getAnswerForm } from './survey/answer.js';
import { getSurveySettings, setThreshold } from './survey/settings.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const text = z.string().nullable();
const forumSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  teamId: text,
  teamName: text,
  level: z.enum(FORUM_LEVELS),
  name: z.string(),
  purpose: text,
  form: text,
  cadence: text,
  duration: text,
  participants: text,
  content: text,
  data: text,
  version: z.number(),
  can: z.object({ edit: z.boolean(), facilitate: z.boolean() }),
});
const roundSchema = z.object({
  id: z.string(),
  code: text,
  closesAt: z.string(),
  respondents: z.number(),
  closed: z.boolean(),
  shown: z.boolean(),
  means: z.array(z.number()).nullable(),
  comments: z.array(z.string()).nullable(),
});
const summarySchema = z.object({
  rounds: z.number(),
  means: z.array(z.number()).nullable(),
  weakest: z.array(z.number()),
});
const checksSchema = z.object({
  team: z.object({ id: z.string(), name: z.string() }),
  items: z.array(z.string()),
  threshold: z.number(),
  checks: z.array(roundSchema.extend({ openedOn: z.string() })),
  summary: summarySchema,
  can: z.object({ open: z.boolean(), relation: z.enum(['member', 'leader']) }),
});
const forumDetail = z.object({
  forum: forumSchema,
  meetings: z.array(
    z.object({
      id: z.string(),
      heldOn: z.string(),
      conversationId: text,
      evaluation: roundSchema.nullable(),
    }),
  ),
  trend: z.object({
    items: z.array(z.string()),
    threshold: z.number(),
    points: z.array(
      z.object({
        meetingId: z.string(),
        heldOn: z.string(),
        respondents: z.number(),
        shown: z.boolean(),
        means: z.array(z.number()).nullable(),
      }),
    ),
    summary: summarySchema,
  }),
  safety: checksSchema.nullable(),
});
const ref = z.object({ id: z.string(), name: z.string() });
const forumList = z.object({
  forums: z.array(forumSchema),
  manageableUnits: z.array(ref.extend({ teams: z.array(ref) })),
});
const opened = z.object({ id: z.string(), code: z.string(), closesAt: z.string() });
const codeParams = z.object({ code: roundCodeParam.openapi({ param: { name: 'code', in: 'path' } }) });
const answerForm = z.object({
  evaluation: z.object({
    code: z.string(),
    instrument: z.enum(INSTRUMENTS),
    title: z.string(),
    heldOn: text,
    items: z.array(z.string()),
    closesAt: z.string(),
    status: z.enum(['open', 'closed', 'answered']),
  }),
});
const settingsSchema = z.object({
  settings: z.object({
    threshold: z.number(),
    version: z.number(),
    floor: z.number(),
    can: z.object({ edit: z.boolean() }),
  }),
});

// All `signedIn`: who reads or changes a forum, a meeting or a team's check follows from the unit and
// team (policy.ts); only the threshold is organisation configuration.
export function registerForumRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/forums',
      access: 'signedIn',
      request: { query: listForumsQuery },
      responses: { 200: json(forumList) },
    }),
    async (c) => c.json(await listForums({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/forums',
      access: 'signedIn',
      request: jsonBody(createForumInput),
      responses: { 201: json(z.object({ forum: forumSchema }), 'Created') },
    }),
    async (c) => c.json(await createForum({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/forums/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(forumDetail) },
    }),
    async (c) => c.json(await getForum({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/forums/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateForumInput) },
      responses: { 200: json(z.object({ forum: forumSchema })) },
    }),
    async (c) =>
      c.json(
        await updateForum({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/forums/{id}/meetings',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(recordMeetingInput) },
      responses: {
        201: json(
          z.object({ meeting: z.object({ id: z.string(), heldOn: z.string(), conversationId: text }) }),
          'Recorded',
        ),
      },
    }),
    async (c) =>
      c.json(
        await recordMeeting({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), forumId: c.req.valid('param').id },
        }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/meetings/{id}/evaluation',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(openRoundInput) },
      responses: { 201: json(z.object({ evaluation: opened }), 'Opened') },
    }),
    async (c) =>
      c.json(
        await openMeetingEvaluation({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), meetingId: c.req.valid('param').id },
        }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/survey-rounds/{id}/close',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => c.json(await closeRound({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/evaluations/{code}',
      access: 'signedIn',
      request: { params: codeParams },
      responses: { 200: json(answerForm) },
    }),
    async (c) => c.json(await getAnswerForm({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/evaluations/{code}/answers',
      access: 'signedIn',
      request: { params: codeParams, ...jsonBody(answerInput) },
      responses: { 201: json(okAnswer, 'Answered') },
    }),
    async (c) =>
      c.json(
        await answerRound({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/safety-checks/teams',
      access: 'signedIn',
      responses: { 200: json(z.object({ teams: z.array(ref.extend({ unitName: text })) })) },
    }),
    async (c) => c.json(await listCheckTeams({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/teams/{id}/safety-checks',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(checksSchema) },
    }),
    async (c) => c.json(await getTeamChecks({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/teams/{id}/safety-checks',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(openRoundInput) },
      responses: { 201: json(z.object({ check: opened }), 'Opened') },
    }),
    async (c) =>
      c.json(
        await openSafetyCheck({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/survey-settings',
      access: 'signedIn',
      responses: { 200: json(settingsSchema) },
    }),
    async (c) => c.json(await getSurveySettings({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/survey-settings',
      access: 'admin',
      request: jsonBody(thresholdInput),
      responses: { 200: json(settingsSchema) },
    }),
    async (c) => c.json(await setThreshold({ ctx: signedIn(c), input: c.req.valid('json') }), 200),
  );
}
