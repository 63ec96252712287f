import type { App } from '../../server/app.js';
import type { Db } from '../../server/db/client.js';
import type { Config } from '../../server/config.js';
import { buildPerson, buildUnit, signInAs, type Org, type TestSession } from '../../../test/factories.js';
import { call } from '../../../test/http.js';

/** Calls the SCIM API as a provisioning client does: a bearer token and SCIM's media type. */
export async function scim(app: App, token: string | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { accept: 'application/scim+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/scim+json';
  const res = await app.request(`/scim/v2${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
}

/** An organisation admin of `org`, signed in, and a SCIM token made through the settings API. */
export async function scimSetup(db: Db, config: Config, app: App, org: Org) {
  const unit = await buildUnit(db, org, { name: 'Rådhuset' });
  const admin = await buildPerson(db, org, { roles: [{ unit, role: 'org_admin' }] });
  const session: TestSession = await signInAs(db, config, admin);
  const made = await call(app, 'POST', '/api/organisation/scim/token', {
    as: session,
    body: { validDays: 365 },
  });
  if (made.status !== 201) throw new Error(`token not made: ${made.status} ${made.text}`);
  return { admin, session, token: made.json.token as string, unit };
}

export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** A user as Entra ID's default attribute mapping sends it, with the employee id mapped to employeeNumber. */
export const entraUser = (n: string, overrides: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  externalId: `ext-${n}`,
  userName: `${n}@kommune.dk`,
  active: true,
  displayName: `Medarbejder ${n}`,
  emails: [{ primary: true, type: 'work', value: `${n}@kommune.dk` }],
  meta: { resourceType: 'User' },
  name: { formatted: `Medarbejder ${n}`, familyName: n, givenName: 'Medarbejder' },
  title: 'Pædagog',
  preferredLanguage: 'da-DK',
  roles: [],
  [ENTERPRISE]: { employeeNumber: `M-${n}`, department: 'Dagtilbud' },
  ...overrides,
});

export const patch = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });
