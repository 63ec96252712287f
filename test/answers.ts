import type { z } from 'zod';
import { declaredRoutes, type DeclaredRoute } from '../src/server/http/route.js';
import { apiErrorBody } from '../src/shared/errors.js';

// Every answer a test receives is checked against what its route declares, so the OpenAPI
// document and the web app's inferred types cannot drift from what the services return.

interface Answer {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  json: unknown;
}

/** The declared route a request reaches: the first registered whose pattern matches, as Hono matches. */
export function findDeclaredRoute(
  method: string,
  path: string,
): { key: string; route: DeclaredRoute } | null {
  const pathname = path.split(/[?#]/)[0]!;
  for (const [key, route] of declaredRoutes()) {
    const [routeMethod, pattern] = key.split(' ') as [string, string];
    if (routeMethod !== method.toUpperCase()) continue;
    if (patternOf(pattern).test(pathname)) return { key, route };
  }
  return null;
}

const patterns = new Map<string, RegExp>();
function patternOf(path: string): RegExp {
  let pattern = patterns.get(path);
  if (!pattern) {
    const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+');
    pattern = new RegExp(`^${escaped}/?$`);
    patterns.set(path, pattern);
  }
  return pattern;
}

/** What is wrong with an answer, as a readable message; null when it is what the route declares. */
export function answerProblem(answer: Answer): string | null {
  const { method, path, status } = answer;
  if (!path.startsWith('/api/')) return null;
  const found = findDeclaredRoute(method, path);
  const where = `${found?.key ?? `${method.toUpperCase()} ${path}`} answered ${status}`;
  const isJson = answer.contentType?.startsWith('application/json') ?? false;
  if (status >= 400) {
    if (!isJson) return `${where} with ${answer.contentType ?? 'no body'}, not the JSON error body`;
    return schemaProblem(where, apiErrorBody, answer.json);
  }
  // Not a declared route (the OpenAPI document itself); unknown paths answer 404 above.
  if (!found) return null;
  const declared = found.route.responses[status];
  if (!declared) return `${where}, a status the route does not declare`;
  const content = 'content' in declared ? declared.content : undefined;
  const media = content?.['application/json'];
  const schema = media && 'schema' in media ? media.schema : undefined;
  if (schema) {
    if (!isJson) return `${where} with ${answer.contentType ?? 'no body'}, but declares JSON`;
    return schemaProblem(where, schema as z.ZodType, answer.json);
  }
  const types = Object.keys(content ?? {});
  if (types.length > 0 && !types.some((type) => answer.contentType?.startsWith(type)))
    return `${where} with ${answer.contentType ?? 'no body'}, but declares ${types.join(' or ')}`;
  return null;
}

function schemaProblem(where: string, schema: z.ZodType, json: unknown): string | null {
  const result = schema.safeParse(json);
  const problems = result.success
    ? unexpectedKeys(json, result.data, [])
    : result.error.issues.flatMap((issue) => issueLines(issue, []));
  if (problems.length === 0) return null;
  return `${where} with a body its declared schema does not describe:\n  ${problems.join('\n  ')}`;
}

/** An issue as lines; a union that no variant fits says why each variant does not. */
function issueLines(issue: z.core.$ZodIssue, base: PropertyKey[]): string[] {
  const path = [...base, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0)
    return [`${pathText(path)}: ${issue.message}`];
  return [
    `${pathText(path)}: no variant of the union fits`,
    ...issue.errors.flatMap((variant, i) =>
      variant.flatMap((inner) => issueLines(inner, path).map((line) => `  variant ${i + 1}: ${line}`)),
    ),
  ];
}

/** Keys the answer carries that the schema does not declare (zod drops them silently when parsing). */
function unexpectedKeys(sent: unknown, parsed: unknown, path: PropertyKey[]): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed))
    return sent.flatMap((item, i) => unexpectedKeys(item, parsed[i], [...path, i]));
  if (!isRecord(sent) || !isRecord(parsed)) return [];
  return Object.keys(sent).flatMap((key) =>
    key in parsed
      ? unexpectedKeys(sent[key], parsed[key], [...path, key])
      : [`${pathText([...path, key])}: not declared in the schema`],
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const pathText = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(the body)');
