import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../../server/http/route.js';
import { okAnswer } from '../../../shared/answers.js';
import { addTeamMemberInput, createTeamInput, updateTeamInput } from '../validation.js';
import { listTeams } from '../services/list-teams.js';
import { getTeam } from '../services/get-team.js';
import { createTeam } from '../services/create-team.js';
import { updateTeam } from '../services/update-team.js';
import { deleteTeam } from '../services/delete-team.js';
import { addTeamMember } from '../services/add-team-member.js';
import { removeTeamMember } from '../services/remove-team-member.js';
import { teamAnswer, teamDetailAnswer, teamListAnswer } from '../answers.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const memberParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  personId: z.uuid().openapi({ param: { name: 'personId', in: 'path' } }),
});

// Teams are `signedIn`: who may see or manage a team depends on the team (policy/team-access.ts).
export function registerTeamRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({ method: 'get', path: '/teams', access: 'signedIn', responses: { 200: json(teamListAnswer) } }),
    async (c) => c.json(await listTeams({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/teams/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(teamDetailAnswer) },
    }),
    async (c) => c.json(await getTeam({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/teams',
      access: 'signedIn',
      request: jsonBody(createTeamInput),
      responses: { 201: json(teamAnswer, 'Created') },
    }),
    async (c) => c.json(await createTeam({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/teams/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateTeamInput) },
      responses: { 200: json(teamAnswer) },
    }),
    async (c) =>
      c.json(
        await updateTeam({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/teams/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => c.json(await deleteTeam({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/teams/{id}/members',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(addTeamMemberInput) },
      responses: { 201: json(okAnswer, 'Added') },
    }),
    async (c) => {
      const input = { ...c.req.valid('json'), teamId: c.req.valid('param').id };
      return c.json(await addTeamMember({ ctx: signedIn(c), input }), 201);
    },
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/teams/{id}/members/{personId}',
      access: 'signedIn',
      request: { params: memberParams },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => {
      const { id, personId } = c.req.valid('param');
      return c.json(await removeTeamMember({ ctx: signedIn(c), input: { teamId: id, personId } }), 200);
    },
  );
}
