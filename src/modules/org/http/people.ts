import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../../server/http/route.js';
import { okAnswer } from '../../../shared/answers.js';
import {
  createPersonInput,
  directoryQuery,
  listPeopleQuery,
  membershipInput,
  movePersonInput,
  updatePersonInput,
} from '../validation.js';
import { listPeople } from '../services/list-people.js';
import { peopleDirectory } from '../services/people-directory.js';
import { getPerson } from '../services/get-person.js';
import { createPerson } from '../services/create-person.js';
import { updatePerson } from '../services/update-person.js';
import { addMembership } from '../services/add-membership.js';
import { removeMembership } from '../services/remove-membership.js';
import { movePerson } from '../services/move-person.js';
import { myAccessLog } from '../services/my-access-log.js';
import {
  accessLogAnswer,
  directoryAnswer,
  membershipAnswer,
  peopleListAnswer,
  personAnswer,
  personRecordAnswer,
} from '../answers.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const membershipParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  membershipId: z.uuid().openapi({ param: { name: 'membershipId', in: 'path' } }),
});

export function registerPeopleRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/people',
      access: 'signedIn',
      request: { query: listPeopleQuery },
      responses: { 200: json(peopleListAnswer) },
    }),
    async (c) => c.json(await listPeople({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  // Declared before /people/{id} so "directory" is never taken for an id.
  app.openapi(
    route({
      method: 'get',
      path: '/people/directory',
      access: 'signedIn',
      request: { query: directoryQuery },
      responses: { 200: json(directoryAnswer) },
    }),
    async (c) => c.json(await peopleDirectory({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/people/{id}',
      access: 'signedIn',
      // The most read page checks a remembered session in its own statement (ADR 0024).
      sessionChecked: 'statement',
      request: { params: idParam },
      responses: { 200: json(personRecordAnswer) },
    }),
    async (c) => c.json(await getPerson({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/people',
      access: 'admin',
      request: jsonBody(createPersonInput),
      responses: { 201: json(personAnswer, 'Created') },
    }),
    async (c) => c.json(await createPerson({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/people/{id}',
      access: 'admin',
      request: { params: idParam, ...jsonBody(updatePersonInput) },
      responses: { 200: json(personAnswer) },
    }),
    async (c) =>
      c.json(
        await updatePerson({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/people/{id}/memberships',
      access: 'admin',
      request: { params: idParam, ...jsonBody(membershipInput) },
      responses: { 201: json(membershipAnswer, 'Created') },
    }),
    async (c) => {
      const input = { ...c.req.valid('json'), personId: c.req.valid('param').id };
      return c.json(await addMembership({ ctx: signedIn(c), input }), 201);
    },
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/people/{id}/memberships/{membershipId}',
      access: 'admin',
      request: { params: membershipParams },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => {
      const { id, membershipId } = c.req.valid('param');
      return c.json(await removeMembership({ ctx: signedIn(c), input: { personId: id, membershipId } }), 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/people/{id}/move',
      access: 'admin',
      request: { params: idParam, ...jsonBody(movePersonInput) },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => {
      const input = { ...c.req.valid('json'), personId: c.req.valid('param').id };
      return c.json(await movePerson({ ctx: signedIn(c), input }), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/me/access-log',
      access: 'signedIn',
      responses: { 200: json(accessLogAnswer) },
    }),
    async (c) => c.json(await myAccessLog({ ctx: signedIn(c) }), 200),
  );
}
