import http from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A stand-in for OS2mo in the tests, the journey and the benchmark: Keycloak's token endpoint for
 * realm "mo" and GraphQL at /graphql/v22, answering the paged collection queries MUP sends in
 * OS2mo's shape (objects with `uuid` and `current`, `page_info.next_cursor`). Its organisation is
 * plain data the test changes between syncs; `fault` makes one page go wrong.
 */

export interface FakeUnit {
  uuid: string;
  name: string;
  parent: string | null;
}
export interface FakeEmployee {
  uuid: string;
  userKey: string;
  name: string;
  email?: string;
}
export interface FakeEngagement {
  uuid: string;
  person: string;
  unit: string;
  jobFunction: string;
}
export interface FakeManager {
  uuid: string;
  person: string | null;
  unit: string;
}
export interface FakeOrganisation {
  units: FakeUnit[];
  employees: FakeEmployee[];
  engagements: FakeEngagement[];
  managers: FakeManager[];
}

export type Fault = {
  collection: 'org_units' | 'employees' | 'engagements' | 'managers';
  /** The page (from 0) that goes wrong. */
  page: number;
  kind: 'malformed' | 'cut_off' | 'graphql_error' | 'server_error';
};

export const FAKE_CLIENT_ID = 'mup';
export const FAKE_SECRET = 'os2mo-hemmelighed';

const VALIDITY = { from: '2020-01-01T00:00:00+01:00', to: null };

function current(collection: Fault['collection'], item: unknown): unknown {
  switch (collection) {
    case 'org_units': {
      const u = item as FakeUnit;
      return {
        name: u.name,
        user_key: u.name.slice(0, 10),
        parent: u.parent ? { uuid: u.parent } : null,
        validity: VALIDITY,
      };
    }
    case 'employees': {
      const e = item as FakeEmployee;
      const addresses = e.email ? [{ name: e.email, address_type: { scope: 'EMAIL' } }] : [];
      return {
        user_key: e.userKey,
        name: e.name,
        addresses: [{ name: '12345678', address_type: { scope: 'PHONE' } }, ...addresses],
      };
    }
    case 'engagements': {
      const e = item as FakeEngagement;
      return {
        person: [{ uuid: e.person }],
        org_unit: [{ uuid: e.unit }],
        job_function: { name: e.jobFunction },
        validity: VALIDITY,
      };
    }
    case 'managers': {
      const m = item as FakeManager;
      return {
        person: m.person ? [{ uuid: m.person }] : null,
        org_unit: [{ uuid: m.unit }],
        validity: VALIDITY,
      };
    }
  }
}

export interface FakeOs2mo {
  url: string;
  org: FakeOrganisation;
  fault: Fault | null;
  /** GraphQL requests answered, by collection. */
  requests: Record<string, number>;
  /** The query texts received, for checking their shape. */
  queries: string[];
  close(): Promise<void>;
}

export async function startFakeOs2mo(
  org: FakeOrganisation,
  options: { port?: number } = {},
): Promise<FakeOs2mo> {
  const tokens = new Set<string>();
  const state: Omit<FakeOs2mo, 'url' | 'close'> = { org, fault: null, requests: {}, queries: [] };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && req.url === '/auth/realms/mo/protocol/openid-connect/token') {
        const form = new URLSearchParams(body);
        if (form.get('grant_type') !== 'client_credentials')
          return send(400, { error: 'unsupported_grant_type' });
        if (form.get('client_id') !== FAKE_CLIENT_ID || form.get('client_secret') !== FAKE_SECRET) {
          return send(401, {
            error: 'invalid_client',
            error_description: 'Invalid client or Invalid client credentials',
          });
        }
        const token = `tok-${tokens.size + 1}-${Math.random().toString(36).slice(2)}`;
        tokens.add(token);
        return send(200, { access_token: token, expires_in: 300, token_type: 'Bearer' });
      }
      if (req.method === 'POST' && req.url === '/graphql/v22') {
        const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
        if (!tokens.has(token)) return send(401, { detail: 'Not authenticated' });
        const { query, variables } = JSON.parse(body) as {
          query: string;
          variables: { limit: number; cursor: string | null };
        };
        state.queries.push(query);
        const collection = /\{\s*(org_units|employees|engagements|managers)\(/.exec(query)?.[1] as
          Fault['collection'] | undefined;
        if (!collection) return send(200, { data: null, errors: [{ message: 'Unknown query' }] });
        const offset = variables.cursor
          ? Number(Buffer.from(variables.cursor, 'base64').toString('utf8'))
          : 0;
        const page = Math.floor(offset / variables.limit);
        state.requests[collection] = (state.requests[collection] ?? 0) + 1;
        const fault =
          state.fault && state.fault.collection === collection && state.fault.page === page
            ? state.fault
            : null;
        if (fault?.kind === 'server_error') return send(502, { detail: 'Bad gateway' });
        if (fault?.kind === 'graphql_error')
          return send(200, { data: null, errors: [{ message: 'Permission denied for engagement' }] });
        const items = {
          org_units: org.units,
          employees: org.employees,
          engagements: org.engagements,
          managers: org.managers,
        }[collection];
        const slice = (items as { uuid: string }[]).slice(offset, offset + variables.limit);
        const next =
          offset + variables.limit < items.length
            ? Buffer.from(String(offset + variables.limit)).toString('base64')
            : null;
        const objects = slice.map((item) => ({ uuid: item.uuid, current: current(collection, item) }));
        if (fault?.kind === 'malformed')
          objects[0] = { uuid: objects[0]?.uuid ?? 'x', current: { name: 42 } };
        const text = JSON.stringify({
          data: { [collection]: { page_info: { next_cursor: next }, objects } },
        });
        res.writeHead(200, { 'content-type': 'application/json' });
        // A half answer: the connection ends in the middle of the JSON.
        return res.end(fault?.kind === 'cut_off' ? text.slice(0, Math.floor(text.length / 2)) : text);
      }
      send(404, { detail: 'Not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FakeOs2mo;
}
