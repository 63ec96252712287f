import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import {
  answerFormAnswer,
  checkOpenedAnswer,
  checkTeamsAnswer,
  evaluationOpenedAnswer,
  forumAnswer,
  forumDetailAnswer,
  forumListAnswer,
  linkFormAnswer,
  linksSentAnswer,
  meetingAnswer,
  surveySettingsAnswer,
  teamChecksAnswer,
} from './answers.js';
import {
  answerInput,
  answerLinkToken,
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
import { answerByLink, getLinkForm, sendAnswerLinks } from './survey/links.js';
import { getSurveySettings, setThreshold } from './survey/settings.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const codeParams = z.object({ code: roundCodeParam.openapi({ param: { name: 'code', in: 'path' } }) });
const linkParams = z.object({ token: answerLinkToken.openapi({ param: { name: 'token', in: 'path' } }) });

// All `signedIn`: who reads or changes a forum, a meeting or a team's check follows from the unit and
// team (policy.ts); only the threshold is organisation configuration.
export function registerForumRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/forums',
      access: 'signedIn',
      request: { query: listForumsQuery },
      responses: { 200: json(forumListAnswer) },
    }),
    async (c) => c.json(await listForums({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/forums',
      access: 'signedIn',
      request: jsonBody(createForumInput),
      responses: { 201: json(forumAnswer, 'Created') },
    }),
    async (c) => c.json(await createForum({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/forums/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(forumDetailAnswer) },
    }),
    async (c) => c.json(await getForum({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/forums/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateForumInput) },
      responses: { 200: json(forumAnswer) },
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
        201: json(meetingAnswer, 'Recorded'),
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
      responses: { 201: json(evaluationOpenedAnswer, 'Opened') },
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
      path: '/meetings/{id}/evaluation/links',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(linksSentAnswer) },
    }),
    async (c) =>
      c.json(await sendAnswerLinks({ ctx: signedIn(c), input: { meetingId: c.req.valid('param').id } }), 200),
  );
  // A personal answer link is the one thing open without signing in: the token is the access, it
  // opens one meeting's form and one answer (survey/links.ts, ADR 0020).
  app.openapi(
    route({
      method: 'get',
      path: '/evaluations/link/{token}',
      access: 'public',
      request: { params: linkParams },
      responses: { 200: json(linkFormAnswer) },
    }),
    async (c) => c.json(await getLinkForm({ ctx: c.var.ctx, input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/evaluations/link/{token}',
      access: 'public',
      request: { params: linkParams, ...jsonBody(answerInput) },
      responses: { 201: json(okAnswer, 'Answered') },
    }),
    async (c) =>
      c.json(
        await answerByLink({ ctx: c.var.ctx, input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
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
      responses: { 200: json(answerFormAnswer) },
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
      responses: { 200: json(checkTeamsAnswer) },
    }),
    async (c) => c.json(await listCheckTeams({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/teams/{id}/safety-checks',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(teamChecksAnswer) },
    }),
    async (c) => c.json(await getTeamChecks({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/teams/{id}/safety-checks',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(openRoundInput) },
      responses: { 201: json(checkOpenedAnswer, 'Opened') },
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
      responses: { 200: json(surveySettingsAnswer) },
    }),
    async (c) => c.json(await getSurveySettings({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/survey-settings',
      access: 'admin',
      request: jsonBody(thresholdInput),
      responses: { 200: json(surveySettingsAnswer) },
    }),
    async (c) => c.json(await setThreshold({ ctx: signedIn(c), input: c.req.valid('json') }), 200),
  );
}
