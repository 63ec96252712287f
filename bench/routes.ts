/** The benchmark's routes and which server runs which (load.ts runs them). */

/**
 * `bare-session`: the bare server plus the app's session lookup (only with --profile). `before`: the
 * app of another tree (`--before=<dir>`, e.g. a `git archive` of the commit before a change with
 * node_modules linked), taking turns with this tree's app on the same data.
 */
export type ServerKind = 'app' | 'bare' | 'bare-session' | 'before';
export const ROUTES = [
  'person',
  'unit',
  'overview',
  'conversation',
  'forum',
  'runchart',
  'progression',
  'survey',
  'heatmap',
  'scatter',
  'initiative',
  'board',
] as const;
/** The survey routes: they read two years of survey rounds (bench/surveys.ts). */
export const SURVEY_ROUTES: readonly ScenarioName[] = ['survey', 'heatmap', 'scatter'];
/** Analyses a person waits for once, measured one request at a time: their target is a time, not a rate. */
export const ONE_AT_A_TIME: readonly ScenarioName[] = ['heatmap', 'scatter'];
export type ScenarioName = (typeof ROUTES)[number];
/** The route each scenario loads, as the report names it. */
export const ROUTE_PATHS: Record<ScenarioName, string> = {
  person: 'GET /api/people/{id}',
  unit: 'GET /api/units/{id}',
  overview: 'GET /api/overview',
  conversation: 'GET /api/conversations/{id}',
  forum: 'GET /api/forums/{id}',
  runchart: 'GET /api/quality/measures/{id}',
  progression: 'GET /api/progression/overview?unitId=',
  survey: 'GET /api/surveys/rounds/{id}/units/{unitId}',
  heatmap: 'GET /api/surveys/rounds/{id}/results (an area leader)',
  scatter: 'GET /api/surveys/rounds/{id}/relationship (HR)',
  initiative: 'GET /api/initiatives/{id}',
  board: 'GET /api/licence-boards/{unitId}',
};
/** The pages issue 10 measures against a twin on the bare server (bench/bare-pages.ts). */
export const TWINNED: readonly ScenarioName[] = ['person', 'unit', 'overview', 'conversation', 'forum'];
/** The routes each server answers: the bare server has a twin of each of the five measured pages. */
export const SERVER_ROUTES: Record<ServerKind, readonly ScenarioName[]> = {
  app: ROUTES,
  bare: TWINNED,
  'bare-session': TWINNED,
  before: ROUTES,
};
