import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import {
  answerFormAnswer,
  instrumentAnswer,
  instrumentsAnswer,
  invitationsAnswer,
  openedRoundAnswer,
  relationshipAnswer,
  remindedAnswer,
  resultsAnswer,
  roundDetailAnswer,
  roundInstrumentsAnswer,
  roundsAnswer,
  sendableForumsAnswer,
  thresholdsAnswer,
  unitResultAnswer,
} from './answers.js';
import {
  answerInput,
  instrumentKey,
  openRoundInput,
  participationToken,
  relationshipQuery,
  saveInstrumentInput,
  thresholdsInput,
} from './validation.js';
import {
  getInstrument,
  listInstruments,
  listRoundInstruments,
  saveInstrument,
} from './services/instruments.js';
import { getThresholds, setThresholds } from './services/settings.js';
import {
  closeSurveyRound,
  getRound,
  listRounds,
  listSendableForums,
  openRound,
  remindRound,
} from './services/rounds.js';
import { answerSurvey, getSurveyForm, myInvitations } from './services/answer.js';
import { getRelationship, getResults } from './services/results.js';
import { getUnitResult } from './services/unit-result.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const keyParams = z.object({ key: instrumentKey.openapi({ param: { name: 'key', in: 'path' } }) });
const tokenParams = z.object({ token: participationToken.openapi({ param: { name: 'token', in: 'path' } }) });
const unitParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  unitId: z.uuid().openapi({ param: { name: 'unitId', in: 'path' } }),
});

// Instruments and thresholds are HR's configuration (`admin`); rounds and results are `signedIn` and the
// services decide from the relationships (access.ts): HR, the unit's leaders and above, the respondent's token.
export function registerSurveyRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/instruments',
      access: 'admin',
      responses: { 200: json(instrumentsAnswer) },
    }),
    async (c) => c.json(await listInstruments({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/instruments/{key}',
      access: 'admin',
      request: { params: keyParams },
      responses: { 200: json(instrumentAnswer) },
    }),
    async (c) => c.json(await getInstrument({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/surveys/instruments/{key}',
      access: 'admin',
      request: { params: keyParams, ...jsonBody(saveInstrumentInput) },
      responses: { 200: json(instrumentAnswer) },
    }),
    async (c) =>
      c.json(
        await saveInstrument({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/settings',
      access: 'admin',
      responses: { 200: json(thresholdsAnswer) },
    }),
    async (c) => c.json(await getThresholds({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/surveys/settings',
      access: 'admin',
      request: jsonBody(thresholdsInput),
      responses: { 200: json(thresholdsAnswer) },
    }),
    async (c) => c.json(await setThresholds({ ctx: signedIn(c), input: c.req.valid('json') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/rounds',
      access: 'signedIn',
      responses: { 200: json(roundsAnswer) },
    }),
    async (c) => c.json(await listRounds({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/round-instruments',
      // HR, or a leader: the instruments a round may ask (services/instruments.ts decides).
      access: 'signedIn',
      responses: { 200: json(roundInstrumentsAnswer) },
    }),
    async (c) => c.json(await listRoundInstruments({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/forums',
      // HR, or a leader: the forums a round may be sent to (services/rounds.ts decides).
      access: 'signedIn',
      responses: { 200: json(sendableForumsAnswer) },
    }),
    async (c) => c.json(await listSendableForums({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/surveys/rounds',
      // HR, or a leader sending to forums they manage (services/rounds.ts decides).
      access: 'signedIn',
      request: jsonBody(openRoundInput),
      responses: { 201: json(openedRoundAnswer, 'Opened') },
    }),
    async (c) => c.json(await openRound({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/rounds/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(roundDetailAnswer) },
    }),
    async (c) => c.json(await getRound({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/surveys/rounds/{id}/remind',
      access: 'admin',
      request: { params: idParam },
      responses: { 200: json(remindedAnswer) },
    }),
    async (c) => c.json(await remindRound({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/surveys/rounds/{id}/close',
      access: 'admin',
      request: { params: idParam },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => c.json(await closeSurveyRound({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/rounds/{id}/results',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(resultsAnswer) },
    }),
    async (c) => c.json(await getResults({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/rounds/{id}/units/{unitId}',
      access: 'signedIn',
      request: { params: unitParams },
      responses: { 200: json(unitResultAnswer) },
    }),
    async (c) => c.json(await getUnitResult({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/rounds/{id}/relationship',
      access: 'signedIn',
      request: { params: idParam, query: relationshipQuery },
      responses: { 200: json(relationshipAnswer) },
    }),
    async (c) =>
      c.json(
        await getRelationship({
          ctx: signedIn(c),
          input: { ...c.req.valid('param'), ...c.req.valid('query') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/mine',
      access: 'signedIn',
      responses: { 200: json(invitationsAnswer) },
    }),
    async (c) => c.json(await myInvitations({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/surveys/answer/{token}',
      access: 'signedIn',
      request: { params: tokenParams },
      responses: { 200: json(answerFormAnswer) },
    }),
    async (c) => c.json(await getSurveyForm({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/surveys/answer/{token}',
      access: 'signedIn',
      request: { params: tokenParams, ...jsonBody(answerInput) },
      responses: { 201: json(okAnswer, 'Answered') },
    }),
    async (c) =>
      c.json(
        await answerSurvey({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        201,
      ),
  );
}
