import type { App } from '../src/server/app.js';
import type { TestSession } from './factories.js';
import { answerProblem } from './answers.js';

export interface CallOptions {
  as?: TestSession;
  body?: unknown;
  /** A JSON body sent as written, e.g. one that does not parse. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/**
 * Calls the app in-process, the way the web app does: session cookie plus CSRF header. The answer
 * must be what the route declares for its status (errors: the one error body), or the call throws.
 */
export async function call(app: App, method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.as) {
    headers.cookie = options.as.cookie;
    headers['x-csrf-token'] = options.as.csrf;
  }
  let body: string | undefined;
  if (options.body !== undefined || options.rawBody !== undefined) {
    headers['content-type'] = 'application/json';
    body = options.rawBody ?? JSON.stringify(options.body);
  }
  const res = await app.request(path, { method, headers, body });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  const problem = answerProblem({
    method,
    path,
    status: res.status,
    contentType: res.headers.get('content-type'),
    json,
  });
  if (problem) throw new Error(problem);
  return { status: res.status, json, text, headers: res.headers };
}
