import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { json, route } from '../../server/http/route.js';
import { GOAL_STATUSES } from '../goals/constants.js';
import { FEEDBACK_KINDS } from '../feedback/constants.js';
import { NUDGE_KINDS } from './nudges.js';
import { yearSchema } from './validation.js';
import { getOverview } from './services/overview.js';
import { getHome } from './services/home.js';
import { getDevelopment } from './services/development.js';
import { getYearSummary } from './services/year-summary.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const ref = z.object({ id: z.string(), name: z.string() });
const personSchema = ref.extend({ units: z.array(ref) });
const circleSchema = z
  .object({
    id: z.string(),
    phase: z.string(),
    progress: z.number(),
    deadline: z.string().nullable(),
    status: z.enum(['open', 'done']),
  })
  .nullable();
const overviewSchema = z.object({
  people: z.array(
    personSchema.extend({
      goals: z.array(z.object({ id: z.string(), title: z.string(), circle: circleSchema })),
      lastOneToOne: z.string().nullable(),
      nextOneToOne: z.string().nullable(),
      overdueAgreements: z.number(),
      daysSinceFeedback: z.number().nullable(),
      nudges: z.array(
        z.object({ kind: z.enum(NUDGE_KINDS), goalId: z.string().optional(), count: z.number().optional() }),
      ),
    }),
  ),
});
const conversationRef = z.object({
  id: z.string(),
  startsAt: z.string(),
  status: z.enum(['planned', 'held', 'cancelled']),
});
const developmentSchema = z.object({
  person: personSchema,
  relation: z.enum(['self', 'leader']),
  goals: z.array(
    z.object({ id: z.string(), title: z.string(), status: z.enum(GOAL_STATUSES), circle: circleSchema }),
  ),
  conversations: z.object({ past: z.array(conversationRef), upcoming: z.array(conversationRef) }),
  openAgreements: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      dueDate: z.string().nullable(),
      conversationId: z.string().nullable(),
    }),
  ),
  feedbackCount: z.number(),
});
const yearSummarySchema = z.object({
  person: personSchema,
  year: z.number(),
  goals: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(GOAL_STATUSES),
      changes: z.array(
        z.object({ from: z.enum(GOAL_STATUSES).nullable(), to: z.enum(GOAL_STATUSES), at: z.string() }),
      ),
    }),
  ),
  circles: z.array(
    z.object({
      id: z.string(),
      goal: z.object({ id: z.string(), title: z.string() }).nullable(),
      phasesDone: z.array(z.string()),
      phaseCount: z.number(),
      finished: z.boolean(),
      finishedAt: z.string().nullable(),
      deadline: z.string().nullable(),
    }),
  ),
  conversations: z.array(z.object({ id: z.string(), startsAt: z.string(), summary: z.string() })),
  agreements: z.array(
    z.object({ id: z.string(), text: z.string(), dueDate: z.string().nullable(), done: z.boolean() }),
  ),
  feedbackByKind: z.array(z.object({ kind: z.enum(FEEDBACK_KINDS), count: z.number() })),
});

const homeSchema = z.object({
  goals: z.array(z.object({ id: z.string(), title: z.string(), circle: circleSchema })),
  upcoming: z.array(
    z.object({
      id: z.string(),
      kind: z.enum([
        'one_to_one',
        'team',
        'peer_group',
        'learning_conversation',
        'course_follow_up',
        'practice_review',
      ]),
      startsAt: z.string(),
      role: z.enum(['leader', 'subject', 'facilitator', 'participant']),
      with: z.string(),
    }),
  ),
  agreements: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      dueDate: z.string().nullable(),
      conversationId: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  feedback: z.array(
    z.object({ id: z.string(), kind: z.enum(FEEDBACK_KINDS), createdAt: z.string(), from: z.string() }),
  ),
  leader: z.object({ people: z.number() }).nullable(),
});

const personParam = z.object({ personId: z.uuid().openapi({ param: { name: 'personId', in: 'path' } }) });
const yearParams = personParam.extend({
  year: yearSchema.openapi({ param: { name: 'year', in: 'path' }, type: 'integer' }),
});

// All are `signedIn`: home and the overview show only the actor's own things and people; the record routes check the person.
export function registerOverviewRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({ method: 'get', path: '/home', access: 'signedIn', responses: { 200: json(homeSchema) } }),
    async (c) => c.json(await getHome({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({ method: 'get', path: '/overview', access: 'signedIn', responses: { 200: json(overviewSchema) } }),
    async (c) => c.json(await getOverview({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/development/{personId}',
      access: 'signedIn',
      request: { params: personParam },
      responses: { 200: json(developmentSchema) },
    }),
    async (c) => c.json(await getDevelopment({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/development/{personId}/year/{year}',
      access: 'signedIn',
      request: { params: yearParams },
      responses: { 200: json(yearSummarySchema) },
    }),
    async (c) => c.json(await getYearSummary({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
}
