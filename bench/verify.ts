import type { BenchRequest } from './sessions.js';
import type { ScenarioName, ServerKind } from './routes.js';
import { hasCompetenceContent } from './activity-competence.js';

export const headersFor = (r: BenchRequest) => ({ cookie: r.cookie, 'x-bench-actor': r.actorId });

/**
 * Before measuring, a sample of the requests must answer 200 with the record asked for: a
 * benchmark of 404s or of empty pages would measure nothing.
 */
export async function verify(
  url: string,
  kind: ServerKind,
  name: ScenarioName,
  requests: BenchRequest[],
): Promise<{ bodyBytes: number; bodies: Map<string, string> }> {
  if (requests.length === 0) throw new Error(`no ${name} requests to send`);
  const step = Math.max(1, Math.floor(requests.length / 200));
  let bytes = 0;
  let count = 0;
  const bodies = new Map<string, string>();
  for (let i = 0; i < requests.length; i += step) {
    const r = requests[i]!;
    const res = await fetch(url + r.path, { headers: headersFor(r) });
    const text = await res.text();
    bytes += Buffer.byteLength(text);
    count++;
    if (res.status !== 200)
      throw new Error(`${kind} ${r.path} answered ${res.status}: ${text.slice(0, 300)}`);
    const body = JSON.parse(text) as Record<string, any>;
    if (!hasExpectedContent(name, r, body))
      throw new Error(`${kind} ${r.path} answered 200 without the expected content: ${text.slice(0, 300)}`);
    bodies.set(`${r.actorId} ${r.path}`, canonical(body));
  }
  return { bodyBytes: bytes / count, bodies };
}

/** Whether a 200 answer is about the record asked for, with its content. */
function hasExpectedContent(name: ScenarioName, r: BenchRequest, body: Record<string, any>): boolean {
  switch (name) {
    case 'person':
      return (
        body.person?.id === r.expectId &&
        typeof body.person?.name === 'string' &&
        Array.isArray(body.memberships) &&
        body.memberships.length > 0
      );
    case 'unit':
      return (
        body.unit?.id === r.expectId && typeof body.unit?.name === 'string' && Array.isArray(body.members)
      );
    case 'overview': {
      // Exactly the people the leader leads, each with their figures.
      const listed = Array.isArray(body.people) ? (body.people as { id: string; goals?: unknown }[]) : [];
      const ids = new Set(listed.map((p) => p.id));
      const expected = r.expectPeople ?? [];
      return (
        expected.length > 0 &&
        ids.size === expected.length &&
        expected.every((id) => ids.has(id)) &&
        listed.every((p) => Array.isArray(p.goals))
      );
    }
    case 'conversation':
      return (
        body.conversation?.id === r.expectId &&
        body.access === r.expectAccess &&
        body[r.expectAccess === 'leader' ? 'leader' : 'subject']?.id === r.actorId &&
        Array.isArray(body.agenda) &&
        body.privateNote !== null &&
        typeof body.privateNote === 'object'
      );
    case 'survey':
      // The unit's own page of a closed round, with its group's scores above the threshold.
      return body.unit?.id === r.expectId && body.round?.closed === true && body.group?.respondents >= 5;
    case 'heatmap':
      return body.round?.id === r.expectId && Array.isArray(body.groups) && body.groups.length > 0;
    case 'scatter':
      return body.round?.id === r.expectId && body.regression?.ok === true && body.points.length > 2;
    case 'initiative':
    case 'board':
      return hasCompetenceContent(name, r, body);
    case 'forum':
      // The forum with its meetings and a trend over evaluations that are shown.
      return (
        body.forum?.id === r.expectId &&
        Array.isArray(body.meetings) &&
        body.meetings.length > 0 &&
        Array.isArray(body.trend?.points) &&
        body.trend.points.length > 0 &&
        body.trend.summary?.rounds > 0
      );
    case 'runchart':
      // The measure with its year of weekly points, judged in phases, its trials as annotations.
      return (
        body.measure?.id === r.expectId &&
        Array.isArray(body.points) &&
        body.points.length === r.expectCount &&
        Array.isArray(body.phases) &&
        body.phases.length > 0 &&
        Array.isArray(body.annotations) &&
        body.annotations.length >= 2
      );
    case 'progression':
      // The area's red / yellow / green per area and quarter, by the institutions below it.
      return (
        body.unit?.id === r.expectId &&
        Array.isArray(body.areas) &&
        body.areas.length === r.expectCount &&
        Array.isArray(body.groups) &&
        body.groups.length > 0 &&
        Array.isArray(body.rows) &&
        body.rows.length > 0 &&
        body.courses > 0
      );
  }
}

/** JSON with sorted keys, so two answers compare equal whatever order the columns came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

export function compareWithApp(
  kind: ServerKind,
  bodies: Map<string, string>,
  appBodies: Map<string, string>,
  log: (line: string) => void,
) {
  let compared = 0;
  const differing: string[] = [];
  bodies.forEach((body, key) => {
    const app = appBodies.get(key);
    if (app === undefined) return;
    compared++;
    if (app !== body) differing.push(key.split(' ')[1]!);
  });
  if (differing.length > 0) {
    log(
      `  WARNING: ${kind} answered ${differing.length} of ${compared} sampled requests differently from the app ` +
        (kind === 'before' ? '' : '(its copied SQL may be out of step with the services), ') +
        `e.g. ${differing[0]}`,
    );
  } else if (compared > 0) {
    log(`  ${kind}: same answers as the app for ${compared} sampled requests`);
  }
}
