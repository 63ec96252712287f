import { OS2MO_GRAPHQL_VERSION, OS2MO_PAGE_SIZE, type Os2moFailure, type Os2moPhase } from '../constants.js';
import { QUERIES, readPage, type SourceItem } from './queries.js';

/** Talking to OS2mo failed, for a reason a person can act on; `message` says what happened (never the secret). */
export class SourceError extends Error {
  constructor(
    readonly failure: Os2moFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export interface Connection {
  endpoint: string;
  tokenUrl: string | null;
  clientId: string;
  secret: string;
}

const TIMEOUT_MS = 30_000;

/** The GraphQL address: the endpoint as entered when it names a version, else the version MUP's queries are for. */
export function graphqlUrl(endpoint: string): string {
  const trimmed = endpoint.replace(/\/+$/, '');
  return /\/graphql\/v\d+$/.test(trimmed) ? trimmed : `${trimmed}/graphql/v${OS2MO_GRAPHQL_VERSION}`;
}

/** OS2mo's own Keycloak serves realm "mo" on the same host. */
export function tokenUrlOf(connection: Pick<Connection, 'endpoint' | 'tokenUrl'>): string {
  return (
    connection.tokenUrl ||
    `${new URL(connection.endpoint).origin}/auth/realms/mo/protocol/openid-connect/token`
  );
}

async function post(url: string, init: RequestInit, retry = true): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    // A kept-alive connection the server has just closed: every request here only reads, so once more.
    if (retry && cause === 'ECONNRESET') return post(url, init, false);
    throw new SourceError('unreachable', `No answer from ${new URL(url).host} (${cause})`);
  }
}

async function jsonOf(res: Response, what: string): Promise<unknown> {
  try {
    return JSON.parse(await res.text());
  } catch {
    throw new SourceError('malformed_answer', `The ${what} was cut off or is not JSON`);
  }
}

/** A client-credentials session with OS2mo: a token from Keycloak, renewed before it runs out. */
export class Os2moSession {
  private token: string | null = null;
  private expiresAt = 0;

  constructor(
    private readonly connection: Connection,
    private readonly now: () => number = Date.now,
  ) {}

  private async accessToken(): Promise<string> {
    if (this.token && this.now() < this.expiresAt - 30_000) return this.token;
    const res = await post(tokenUrlOf(this.connection), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.connection.clientId,
        client_secret: this.connection.secret,
      }),
    });
    if (res.status === 400 || res.status === 401) {
      const body = (await jsonOf(res, 'token answer').catch(() => ({}))) as { error?: string };
      throw new SourceError(
        'wrong_secret',
        `Keycloak refused the client id or secret${body.error ? ` (${String(body.error).slice(0, 60)})` : ''}`,
      );
    }
    if (!res.ok) throw new SourceError('unreachable', `The token endpoint answered ${res.status}`);
    const body = (await jsonOf(res, 'token answer')) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string')
      throw new SourceError('malformed_answer', 'The token answer has no access_token');
    this.token = body.access_token;
    this.expiresAt = this.now() + (typeof body.expires_in === 'number' ? body.expires_in : 300) * 1000;
    return this.token;
  }

  /** One page of a collection; `cursor` null for the first. */
  async page(
    phase: Os2moPhase,
    cursor: string | null,
  ): Promise<{ items: SourceItem[]; next: string | null }> {
    const token = await this.accessToken();
    const res = await post(graphqlUrl(this.connection.endpoint), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: QUERIES[phase], variables: { limit: OS2MO_PAGE_SIZE, cursor } }),
    });
    if (res.status === 401 || res.status === 403)
      throw new SourceError(
        'wrong_secret',
        `OS2mo did not accept the client (${res.status}); check its roles in Keycloak`,
      );
    if (!res.ok) throw new SourceError('unreachable', `OS2mo answered ${res.status}`);
    const body = (await jsonOf(res, 'GraphQL answer')) as {
      data?: unknown;
      errors?: { message?: unknown }[];
    };
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      throw new SourceError(
        'graphql_error',
        `OS2mo refused the query: ${String(body.errors[0]?.message ?? '').slice(0, 200)}`,
      );
    }
    try {
      return readPage(phase, body.data);
    } catch {
      throw new SourceError(
        'malformed_answer',
        `OS2mo's answer for ${phase} does not have the expected shape`,
      );
    }
  }
}
