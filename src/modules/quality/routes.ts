import type { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { FORMS, inquirySaveInput } from '../inquiry/index.js';
import {
  baselineInput,
  concludeTrialInput,
  createDataWorkInput,
  createMeasureInput,
  createQualityTeamInput,
  createTrialInput,
  measureChangeInput,
  recordPointInput,
  setRoleInput,
  workItemInput,
} from './validation.js';
import {
  createdMeasureAnswer,
  dataWorkAnswer,
  dataWorkSaveAnswer,
  inquiryHistoryAnswer,
  measureAnswer,
  pointAnswer,
  qualityTeamAnswer,
  qualityTeamListAnswer,
  trialAnswer,
  trialSaveAnswer,
  workItemAnswer,
} from './answers.js';
import { z as zod } from '@hono/zod-openapi';
import { createQualityTeam, listQualityTeams } from './services/teams.js';
import { getQualityTeam, setQualityRole } from './services/team-detail.js';
import { addDevelopmentPoint, addImprovementAction } from './services/work.js';
import { concludeTrial, createTrial, getTrial, saveTrial, trialHistory } from './services/trials.js';
import { addMeasureChange, createMeasure, getMeasure, setBaseline } from './services/measures.js';
import { recordPoint } from './services/points.js';
import { createDataWork, dataWorkHistory, getDataWork, saveDataWork } from './services/data-work.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;
type Service<I, O> = (args: { ctx: SignedInContext; input: I }) => Promise<O>;

// Quality work is `signedIn`: who reads or writes it follows from the team (access.ts).
export function registerQualityRoutes(app: OpenAPIHono<AppEnv>) {
  /** A GET of one thing by id. */
  const read = <O>(path: string, answer: z.ZodType, service: Service<{ id: string }, O>) =>
    app.openapi(
      route({
        method: 'get',
        path,
        access: 'signedIn',
        request: { params: idParam },
        responses: { 200: json(answer) },
      }),
      async (c) => c.json((await service({ ctx: signedIn(c), input: c.req.valid('param') })) as never, 200),
    );
  /** A write with an id in the path and a JSON body. */
  const write = <I, O>(
    method: 'post' | 'put' | 'patch',
    path: string,
    body: z.ZodType<I>,
    answer: z.ZodType,
    status: 200 | 201,
    service: Service<I & { id: string }, O>,
  ) =>
    app.openapi(
      route({
        method,
        path,
        access: 'signedIn',
        request: { params: idParam, ...jsonBody(body as never) },
        responses: { [status]: json(answer, status === 201 ? 'Created' : 'OK') },
      }),
      async (c) =>
        c.json(
          (await service({
            ctx: signedIn(c),
            input: { ...(c.req.valid('json' as never) as I), ...c.req.valid('param') },
          })) as never,
          status,
        ),
    );

  app.openapi(
    route({
      method: 'get',
      path: '/quality/teams',
      access: 'signedIn',
      responses: { 200: json(qualityTeamListAnswer) },
    }),
    async (c) => c.json(await listQualityTeams({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/quality/teams',
      access: 'signedIn',
      request: jsonBody(createQualityTeamInput),
      responses: { 201: json(zod.object({ id: zod.uuid() }), 'Created') },
    }),
    async (c) => c.json(await createQualityTeam({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  read('/quality/teams/{id}', qualityTeamAnswer, getQualityTeam);
  write('put', '/quality/teams/{id}/roles', setRoleInput, qualityTeamAnswer, 200, setQualityRole);
  write('post', '/quality/teams/{id}/points', workItemInput, workItemAnswer, 201, addDevelopmentPoint);
  write('post', '/quality/points/{id}/actions', workItemInput, workItemAnswer, 201, addImprovementAction);
  write('post', '/quality/actions/{id}/trials', createTrialInput, trialAnswer, 201, createTrial);
  read('/quality/trials/{id}', trialAnswer, getTrial);
  write(
    'patch',
    '/quality/trials/{id}',
    inquirySaveInput(FORMS.trial_action),
    trialSaveAnswer,
    200,
    saveTrial,
  );
  read('/quality/trials/{id}/history', inquiryHistoryAnswer, trialHistory);
  write('put', '/quality/trials/{id}/conclusion', concludeTrialInput, trialAnswer, 200, concludeTrial);
  write('post', '/quality/teams/{id}/measures', createMeasureInput, createdMeasureAnswer, 201, createMeasure);
  read('/quality/measures/{id}', measureAnswer, getMeasure);
  write('post', '/quality/measures/{id}/changes', measureChangeInput, measureAnswer, 201, addMeasureChange);
  write('put', '/quality/measures/{id}/baseline', baselineInput, measureAnswer, 200, setBaseline);
  write('post', '/quality/teams/{id}/data-work', createDataWorkInput, dataWorkAnswer, 201, createDataWork);
  read('/quality/data-work/{id}', dataWorkAnswer, getDataWork);
  write(
    'patch',
    '/quality/data-work/{id}',
    inquirySaveInput(FORMS.data_work),
    dataWorkSaveAnswer,
    200,
    saveDataWork,
  );
  read('/quality/data-work/{id}/history', inquiryHistoryAnswer, dataWorkHistory);

  // A repeated entry (same client key) is a 200 with the point already recorded; a new one a 201.
  app.openapi(
    route({
      method: 'post',
      path: '/quality/measures/{id}/points',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(recordPointInput) },
      responses: { 201: json(pointAnswer, 'Recorded'), 200: json(pointAnswer, 'Already recorded') },
    }),
    async (c) => {
      const answer = await recordPoint({
        ctx: signedIn(c),
        input: { ...c.req.valid('json'), ...c.req.valid('param') },
      });
      return answer.duplicate ? c.json(answer, 200) : c.json(answer, 201);
    },
  );
}
