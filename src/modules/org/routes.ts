import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/http/context.js';
import { registerUnitRoutes } from './http/units.js';
import { registerPeopleRoutes } from './http/people.js';
import { registerTeamRoutes } from './http/teams.js';
import { registerOrganisationRoutes } from './http/organisation.js';

/** Units, people, memberships, teams, the organisation's details and the access log (docs: org API contract). */
export function registerOrgRoutes(app: OpenAPIHono<AppEnv>) {
  registerUnitRoutes(app);
  registerPeopleRoutes(app);
  registerTeamRoutes(app);
  registerOrganisationRoutes(app);
}
