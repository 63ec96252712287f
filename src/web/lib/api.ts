import type { ApiErrorBody, ErrorCode, ErrorReason } from '../../shared/errors.js';

/** An error answer from the API, with the code and reason the UI translates. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly reason: ErrorReason | undefined,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    /** Seconds until trying again makes sense (a locked account, a rate limit). */
    readonly retryAfter?: number,
    /** What else the error answer carried (e.g. the two goals in focus of a too_many_in_focus). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The CSRF token every write sends back in the X-CSRF-Token header (the mup_csrf cookie). */
export function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith('mup_csrf='))
    ?.slice('mup_csrf='.length);
}

/** What a write may add: the Idempotency-Key that makes a second send of it act once (docs/adr/0014). */
export interface WriteOptions {
  idempotencyKey?: string;
}

/** Calls the API: JSON in and out, the CSRF header on writes, errors as ApiError. */
export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  options: WriteOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    const csrf = csrfToken();
    if (csrf) headers['x-csrf-token'] = csrf;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  }
  let payload: BodyInit | undefined;
  if (body instanceof FormData || typeof body === 'string') {
    payload = body;
    if (typeof body === 'string') headers['content-type'] = 'text/plain; charset=utf-8';
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'INTERNAL', undefined, 'network');
  }
  const text = await res.text();
  const data = text ? safeJson(text) : null;
  if (!res.ok) throw apiErrorFrom(res.status, data, res.statusText);
  return data as T;
}

/** The ApiError an error answer stands for; also for requests made without fetch (an upload with progress). */
export function apiErrorFrom(status: number, data: unknown, statusText: string): ApiError {
  const err = (data as ApiErrorBody | null)?.error;
  const { code, reason, message, issues, retryAfter, ...details } =
    err ?? ({} as Partial<ApiErrorBody['error']>);
  return new ApiError(status, code ?? 'INTERNAL', reason, message ?? statusText, issues, retryAfter, details);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown, options?: WriteOptions) =>
  api<T>('POST', path, body ?? {}, options);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);
