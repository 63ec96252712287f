import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { versionField } from '../../shared/fields.js';
import {
  agendaItemInput,
  cadenceInput,
  createAgreementInput,
  bringGoalInput,
  createAnyConversationInput,
  participantInput,
  teamCadenceInput,
  holdConversationInput,
  listAgreementsQuery,
  listConversationsQuery,
  privateNoteInput,
  updateAgendaItemInput,
  updateAgreementInput,
  updateConversationInput,
} from './validation.js';
import { getCadence, putCadence } from './services/cadence.js';
import { createConversation } from './services/create.js';
import { getConversation, printConversation } from './services/get.js';
import { listAgreements, listConversations } from './services/list.js';
import { cancelConversation, holdConversation, updateConversation } from './services/update.js';
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from './services/agenda.js';
import { savePrivateNote } from './services/private-note.js';
import { createAgreement, updateAgreement } from './services/agreements.js';
import { addParticipant, removeParticipant } from './services/team/participants.js';
import { bringGoal } from './services/team/bring-goal.js';
import { putTeamCadence } from './services/team/cadence.js';
import {
  agreementAnswer,
  agreementListAnswer,
  cadenceAnswer,
  conversationDetailAnswer,
  conversationListAnswer,
  privateNoteAnswer,
  sharedViewAnswer,
  teamCadenceAnswer,
} from './answers.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const personParam = z.object({ personId: z.uuid().openapi({ param: { name: 'personId', in: 'path' } }) });
const itemParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  itemId: z.uuid().openapi({ param: { name: 'itemId', in: 'path' } }),
});
const participantParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  personId: z.uuid().openapi({ param: { name: 'personId', in: 'path' } }),
});
const versionInput = z.object({ version: versionField });

// 1:1s are `signedIn`: the participants and the subject's nearest leaders are decided per conversation.
export function registerConversationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/conversations',
      access: 'signedIn',
      request: { query: listConversationsQuery },
      responses: { 200: json(conversationListAnswer) },
    }),
    async (c) => c.json(await listConversations({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/conversations',
      access: 'signedIn',
      request: jsonBody(createAnyConversationInput),
      responses: { 201: json(conversationDetailAnswer, 'Created') },
    }),
    async (c) => c.json(await createConversation({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/conversations/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(conversationDetailAnswer) },
    }),
    async (c) => c.json(await getConversation({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/conversations/{id}/print',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(sharedViewAnswer) },
    }),
    async (c) => c.json(await printConversation({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/conversations/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateConversationInput) },
      responses: { 200: json(conversationDetailAnswer) },
    }),
    async (c) =>
      c.json(
        await updateConversation({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/conversations/{id}/cancel',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(versionInput) },
      responses: { 200: json(conversationDetailAnswer) },
    }),
    async (c) =>
      c.json(
        await cancelConversation({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/conversations/{id}/hold',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(holdConversationInput) },
      responses: { 200: json(conversationDetailAnswer) },
    }),
    async (c) =>
      c.json(
        await holdConversation({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/conversations/{id}/agenda',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(agendaItemInput) },
      responses: { 201: json(conversationDetailAnswer, 'Added') },
    }),
    async (c) =>
      c.json(
        await addAgendaItem({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/conversations/{id}/agenda/{itemId}',
      access: 'signedIn',
      request: { params: itemParams, ...jsonBody(updateAgendaItemInput) },
      responses: { 200: json(conversationDetailAnswer) },
    }),
    async (c) =>
      c.json(
        await updateAgendaItem({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/conversations/{id}/agenda/{itemId}',
      access: 'signedIn',
      request: { params: itemParams },
      responses: { 200: json(conversationDetailAnswer) },
    }),
    async (c) => c.json(await removeAgendaItem({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/conversations/{id}/private-note',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(privateNoteInput) },
      responses: { 200: json(privateNoteAnswer) },
    }),
    async (c) =>
      c.json(
        await savePrivateNote({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/agreements',
      access: 'signedIn',
      request: { query: listAgreementsQuery },
      responses: { 200: json(agreementListAnswer) },
    }),
    async (c) => c.json(await listAgreements({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/agreements',
      access: 'signedIn',
      request: jsonBody(createAgreementInput),
      responses: { 201: json(agreementAnswer, 'Created') },
    }),
    async (c) => c.json(await createAgreement({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/agreements/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateAgreementInput) },
      responses: { 200: json(agreementAnswer) },
    }),
    async (c) =>
      c.json(
        await updateAgreement({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/conversations/{id}/participants',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(participantInput) },
      responses: { 200: json(conversationDetailAnswer) },
    }),
    async (c) =>
      c.json(
        await addParticipant({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/conversations/{id}/participants/{personId}',
      access: 'signedIn',
      request: { params: participantParams },
      responses: { 200: json(conversationDetailAnswer) },
    }),
    async (c) => c.json(await removeParticipant({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/conversations/{id}/bring-goal',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(bringGoalInput) },
      responses: { 201: json(conversationDetailAnswer, 'Brought in') },
    }),
    async (c) =>
      c.json(
        await bringGoal({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/teams/{id}/cadence',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(teamCadenceInput) },
      responses: { 200: json(teamCadenceAnswer) },
    }),
    async (c) =>
      c.json(
        await putTeamCadence({
          ctx: signedIn(c),
          input: { ...c.req.valid('json'), ...c.req.valid('param') },
        }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/cadences/{personId}',
      access: 'signedIn',
      request: { params: personParam },
      responses: { 200: json(cadenceAnswer) },
    }),
    async (c) => c.json(await getCadence({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/cadences/{personId}',
      access: 'signedIn',
      request: { params: personParam, ...jsonBody(cadenceInput) },
      responses: { 200: json(cadenceAnswer) },
    }),
    async (c) =>
      c.json(
        await putCadence({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
}
