// Every GET route of the API, audited or named as showing no one else's record (test/read-audit.test.ts).
import { type Person } from '../factories.js';

import type { Fixture } from './fixture.js';

export interface Row {
  /** The route as declared (`GET /api/goals/:id`). */
  route: string;
  path: (f: Fixture) => string;
  reader: (f: Fixture) => Person;
  action: string;
}

const year = new Date().getFullYear();

export const AUDITED: Row[] = [
  {
    route: 'GET /api/library/attachments',
    path: (f) => `/library/attachments?entityKind=conversation&entityId=${f.conversation.id}`,
    reader: (f) => f.o.leaderA,
    action: 'library_attachments.read',
  },
  {
    route: 'GET /api/initiatives/:id',
    path: (f) => `/initiatives/${f.initiative.id}`,
    reader: (f) => f.o.leaderA,
    action: 'initiative_levels.read',
  },
  {
    route: 'GET /api/overview',
    path: () => '/overview',
    reader: (f) => f.o.leaderA,
    action: 'overview.read',
  },
  {
    route: 'GET /api/cadences/:personId',
    path: (f) => `/cadences/${f.subject.id}`,
    reader: (f) => f.o.leaderA,
    action: 'cadence.read',
  },
  {
    route: 'GET /api/development/:personId',
    path: (f) => `/development/${f.subject.id}`,
    reader: (f) => f.o.leaderA,
    action: 'development.read',
  },
  {
    route: 'GET /api/development/:personId/year/:year',
    path: (f) => `/development/${f.subject.id}/year/${year}`,
    reader: (f) => f.o.leaderA,
    action: 'development.read',
  },
  {
    route: 'GET /api/people/:id',
    path: (f) => `/people/${f.subject.id}`,
    reader: (f) => f.o.hr,
    action: 'person.read',
  },
  {
    route: 'GET /api/goals',
    path: (f) => `/goals?personId=${f.subject.id}`,
    reader: (f) => f.o.leaderA,
    action: 'goal.read',
  },
  {
    route: 'GET /api/goals/:id',
    path: (f) => `/goals/${f.goal.id}`,
    reader: (f) => f.o.colleagueA,
    action: 'goal.read',
  },
  {
    route: 'GET /api/goals/shared',
    path: () => '/goals/shared',
    reader: (f) => f.o.colleagueA,
    action: 'goal.read',
  },
  {
    route: 'GET /api/circles',
    path: (f) => `/circles?goalId=${f.goal.id}`,
    reader: (f) => f.o.leaderA,
    action: 'circle.read',
  },
  {
    route: 'GET /api/circles/:id',
    path: (f) => `/circles/${f.circle.id}`,
    reader: (f) => f.o.colleagueA,
    action: 'circle.read',
  },
  {
    route: 'GET /api/circles/:id/history',
    path: (f) => `/circles/${f.circle.id}/history`,
    reader: (f) => f.o.leaderA,
    action: 'circle.read',
  },
  {
    route: 'GET /api/conversations',
    path: (f) => `/conversations?personId=${f.subject.id}`,
    reader: (f) => f.o.leaderA,
    action: 'conversation.read',
  },
  {
    route: 'GET /api/conversations/:id',
    path: (f) => `/conversations/${f.conversation.id}`,
    reader: (f) => f.observer,
    action: 'conversation.read',
  },
  {
    route: 'GET /api/conversations/:id/print',
    path: (f) => `/conversations/${f.conversation.id}/print`,
    reader: (f) => f.observer,
    action: 'conversation.read',
  },
  {
    route: 'GET /api/conversations/:id/dialogue',
    path: (f) => `/conversations/${f.conversation.id}/dialogue`,
    reader: (f) => f.observer,
    action: 'conversation.read',
  },
  {
    route: 'GET /api/agreements',
    path: (f) => `/agreements?personId=${f.subject.id}`,
    reader: (f) => f.o.leaderA,
    action: 'agreement.read',
  },
  {
    route: 'GET /api/feedback',
    path: (f) => `/feedback?personId=${f.subject.id}`,
    reader: (f) => f.o.leaderA,
    action: 'feedback.read',
  },
  {
    route: 'GET /api/feedback/:id',
    path: (f) => `/feedback/${f.feedback.id}`,
    reader: (f) => f.o.leaderA,
    action: 'feedback.read',
  },
  {
    route: 'GET /api/feedback/links',
    path: (f) => `/feedback/links?toPersonId=${f.subject.id}`,
    reader: (f) => f.o.leaderA,
    action: 'goal.read',
  },
  {
    route: 'GET /api/teams/:id/development',
    path: (f) => `/teams/${f.team.id}/development`,
    reader: (f) => f.o.colleagueA,
    action: 'goal.read',
  },
  {
    route: 'GET /api/practice-reviews/:id',
    path: (f) => `/practice-reviews/${f.practiceReview.id}`,
    reader: (f) => f.o.leaderA,
    action: 'practice_review.read',
  },
  {
    route: 'GET /api/licences/people/:personId',
    path: (f) => `/licences/people/${f.subject.id}`,
    reader: (f) => f.o.leaderA,
    action: 'licences.read',
  },
];

/** GET routes that show no one else's development record, and why. */
export const NOT_A_RECORD: Record<string, string> = {
  'GET /api/health': 'the server',
  'GET /api/auth/me': 'oneself',
  'GET /api/home': 'oneself: own goals, own conversations, own agreements',
  'GET /api/me/access-log': 'oneself',
  'GET /api/privacy/export': 'oneself (GDPR art. 15), with one’s own private notes only',
  'GET /api/privacy/retention': 'the organisation’s retention rules',
  'GET /api/reminders/settings': 'oneself',
  'GET /api/outbox': 'the development outbox (no sign-in links of others)',
  'GET /api/coverage': 'numbers per group of units of at least five, no one’s record',
  'GET /api/support':
    'a resource person’s own reviews and meetings, and the names of whom they support: no levels, goals or notes',
  'GET /api/area':
    'the area leader’s units in numbers, figures only for units of at least five, no one’s record',
  'GET /api/auth/organisations/:slug': 'sign-in',
  'GET /api/auth/oidc/:slug/start': 'sign-in',
  'GET /api/auth/oidc/callback': 'sign-in',
  'GET /api/auth/tokens/:token': 'sign-in',
  'GET /api/organisation': 'the organisation’s settings',
  'GET /api/organisation/oidc': 'the organisation’s settings',
  'GET /api/organisation/scim': 'the organisation’s provisioning settings',
  'GET /api/survey-settings': 'the organisation’s settings',
  'GET /api/imports': 'HR’s imports',
  'GET /api/imports/:id': 'HR’s imports',
  'GET /api/organisation/os2mo': 'the organisation’s settings',
  'GET /api/organisation/os2mo/runs': 'the admins’ OS2mo runs (counts and sample names, as an import’s)',
  'GET /api/organisation/os2mo/runs/:id': 'the admins’ OS2mo runs (counts and sample names, as an import’s)',
  'GET /api/units': 'the organisation’s structure',
  'GET /api/units/:id': 'the organisation’s structure: names and roles',
  'GET /api/people': 'the organisation’s structure: names and roles',
  'GET /api/people/directory': 'names, to pick someone',
  'GET /api/teams': 'the organisation’s structure',
  'GET /api/teams/:id': 'a team’s members',
  'GET /api/teams/:id/guidelines': 'a team’s own discussion guidelines',
  'GET /api/team-nudges': 'teams’ conversation rhythm',
  'GET /api/feedback/recipients': 'names of the people I lead and my teams',
  'GET /api/frames': 'the workplace’s frames',
  'GET /api/frames/current': 'the workplace’s frames',
  'GET /api/frames/:id': 'the workplace’s frames',
  'GET /api/forums': 'meeting forums',
  'GET /api/forums/:id': 'meeting forums',
  'GET /api/evaluations/:code': 'anonymous evaluations',
  'GET /api/evaluations/link/:token': 'anonymous evaluations: the questions a personal answer link opens',
  'GET /api/safety-checks/teams': 'anonymous safety checks, results above the threshold',
  'GET /api/teams/:id/safety-checks': 'anonymous safety checks, results above the threshold',
  'GET /api/lever-plans': 'the learning environment’s plans',
  'GET /api/lever-plans/:id': 'the learning environment’s plans',
  'GET /api/lever-plans/:id/history': 'the learning environment’s plans',
  'GET /api/lever-actions/mine': 'oneself',
  'GET /api/lever-actions/overdue': 'the learning environment’s plans',
  'GET /api/quality/teams': 'quality teams’ shared work',
  'GET /api/quality/teams/:id': 'quality teams’ shared work',
  'GET /api/quality/trials/:id': 'quality teams’ shared work',
  'GET /api/quality/trials/:id/history': 'quality teams’ shared work',
  'GET /api/quality/measures/:id': 'quality teams’ shared work',
  'GET /api/quality/data-work/:id': 'quality teams’ shared work',
  'GET /api/quality/data-work/:id/history': 'quality teams’ shared work',
  'GET /api/library/packages': 'the organisation’s library',
  'GET /api/library/search': 'the organisation’s library',
  'GET /api/library/built-in/:key': 'the organisation’s library',
  'GET /api/library/packages/:id': 'the organisation’s library',
  'GET /api/library/packages/:id/changes': 'the organisation’s library',
  'GET /api/progression/units': 'units one records progression for',
  'GET /api/progression/units/:id':
    'pseudonymised progression of children and citizens, no employee’s record',
  'GET /api/progression/courses/:id':
    'pseudonymised progression of children and citizens, no employee’s record',
  'GET /api/progression/overview': 'counts of red, yellow and green per area',
  'GET /api/learning-talks': 'units’ learning conversations between their leaders',
  'GET /api/learning-talks/:id': 'units’ learning conversations between their leaders',
  'GET /api/learning-talks/:id/package': 'a unit’s counts, plans, forums and progression; no person’s record',
  'GET /api/learning-culture':
    'one’s own or a team’s trend; a shared person’s is audited (learning-culture.test.ts)',
  'GET /api/surveys/instruments': 'survey instruments (configuration)',
  'GET /api/surveys/instruments/:key': 'survey instruments (configuration)',
  'GET /api/surveys/settings': 'the organisation’s settings',
  'GET /api/surveys/rounds': 'survey rounds: counts only',
  'GET /api/surveys/forums': 'forums a round can be sent to: names only',
  'GET /api/surveys/round-instruments': 'the instruments a round may ask (configuration)',
  'GET /api/surveys/rounds/:id': 'survey rounds: counts only',
  'GET /api/surveys/rounds/:id/results': 'anonymous survey results above the threshold',
  'GET /api/surveys/rounds/:id/units/:unitId': 'anonymous survey results above the threshold',
  'GET /api/surveys/rounds/:id/relationship': 'anonymous survey results above the threshold',
  'GET /api/surveys/mine': 'oneself',
  'GET /api/surveys/answer/:token': 'oneself: one’s own invitation',
  'GET /api/initiatives': 'initiatives: one’s own levels, counts of the others',
  'GET /api/initiatives/mine': 'oneself',
  'GET /api/initiatives/:id/history': 'an initiative’s plan: which fields changed, no one’s levels',
  'GET /api/initiatives/:id/frame-items': 'the workplace’s frames',
  'GET /api/learning-formats': 'the organisation’s catalogue',
  'GET /api/licence-definitions': 'a workplace’s licence definitions',
  'GET /api/licence-definitions/:id':
    'a licence definition; its reviews listed without notes, as on the board',
  'GET /api/licence-boards/:unitId':
    'the department’s licence board: holders and levels, posted for its people',
  'GET /api/year-wheel/units': 'the units whose data year-wheel one sees: names only',
  'GET /api/units/:id/year-wheel': 'a unit’s data year-wheel and its forums’ meeting days: the unit’s plan',
  'GET /api/calendar/:orgId/:token': 'a unit’s data year-wheel as a calendar feed: the unit’s plan',
};
