import { LIMITS } from '../../../shared/limits.js';
import type { Locale } from '../../../shared/roles.js';
import { scimInvalid, ScimError } from './errors.js';
import { ENTERPRISE_SCHEMA } from './schemas.js';

/** What MUP keeps of a SCIM User; a key left out was not in the request. */
export interface UserFields {
  userName?: string;
  externalId?: string | null;
  active?: boolean;
  displayName?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  email?: string | null;
  title?: string | null;
  employeeNumber?: string | null;
  locale?: Locale;
}

export type PathOutcome = 'applied' | 'ignored' | 'unknown';

const ENTERPRISE = ENTERPRISE_SCHEMA.toLowerCase();

/**
 * Core and enterprise attributes MUP has no use for. A client may send them (Entra's default
 * mapping does), and they are accepted and left aside; anything not in the schemas is refused.
 */
const IGNORED = new Set([
  'schemas',
  'id',
  'meta',
  'password',
  'nickname',
  'profileurl',
  'usertype',
  'locale',
  'timezone',
  'phonenumbers',
  'addresses',
  'ims',
  'photos',
  'roles',
  'entitlements',
  'groups',
  'x509certificates',
  'name.formatted',
  'name.middlename',
  'name.honorificprefix',
  'name.honorificsuffix',
  `${ENTERPRISE}:costcenter`,
  `${ENTERPRISE}:organization`,
  `${ENTERPRISE}:division`,
  `${ENTERPRISE}:department`,
  `${ENTERPRISE}:manager`,
]);

/** Reads Entra's booleans, which arrive as true/false or as the text "True"/"False". */
export function scimBoolean(value: unknown, attribute: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw scimInvalid(`${attribute} must be true or false`);
}

function text(value: unknown, attribute: string, max: number, required = false): string | null {
  if (value === null || value === undefined || value === '') {
    if (required) throw new ScimError(400, `${attribute} is required`, 'invalidValue');
    return null;
  }
  if (typeof value !== 'string') throw scimInvalid(`${attribute} must be a string`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw scimInvalid(`${attribute} is longer than ${max} characters`);
  if (required && !trimmed) throw scimInvalid(`${attribute} is required`);
  return trimmed || null;
}

function email(value: unknown): string | null {
  const address = text(value, 'emails.value', LIMITS.email);
  if (address !== null && !/^[^\s@]+@[^\s@]+$/.test(address))
    throw scimInvalid(`${address} is not an e-mail address`);
  return address;
}

/** The work address of an `emails` list, else its primary one, else its first. */
function workEmail(value: unknown): string | null {
  if (value === null) return null;
  if (!Array.isArray(value)) throw scimInvalid('emails must be a list');
  const entries = value.filter((e): e is { value?: unknown; type?: unknown; primary?: unknown } =>
    Boolean(e && typeof e === 'object'),
  );
  const chosen =
    entries.find((e) => typeof e.type === 'string' && e.type.toLowerCase() === 'work') ??
    entries.find((e) => e.primary === true || e.primary === 'True' || e.primary === 'true') ??
    entries[0];
  return chosen ? email(chosen.value) : null;
}

function locale(value: unknown): Locale | undefined {
  const tag = text(value, 'preferredLanguage', 35);
  if (!tag) return undefined;
  return tag.toLowerCase().startsWith('en') ? 'en' : 'da';
}

/**
 * Applies one attribute, named by a SCIM path as clients write it (`name.givenName`,
 * `emails[type eq "work"].value`, the enterprise extension's URN), to `fields`. A value of
 * `null` clears it (a Remove operation). Objects under `name` or the extension's URN are
 * applied attribute by attribute.
 */
export function applyUserPath(fields: UserFields, path: string, value: unknown): PathOutcome {
  const key = path.trim().toLowerCase();
  if (IGNORED.has(key) || /^(phonenumbers|addresses|emails)\[.*\]\.(?!value$)/.test(key)) return 'ignored';
  if (/^(phonenumbers|addresses|ims|photos|roles|entitlements)\[/.test(key)) return 'ignored';
  if ((key === 'name' || key === ENTERPRISE) && value && typeof value === 'object' && !Array.isArray(value)) {
    const prefix = key === 'name' ? 'name.' : `${ENTERPRISE}:`;
    const outcomes = Object.entries(value).map(([k, v]) => applyUserPath(fields, prefix + k, v));
    return outcomes.includes('unknown') ? 'unknown' : 'applied';
  }
  switch (key) {
    case 'username':
      if (value === null) throw new ScimError(400, 'userName cannot be removed', 'mutability');
      fields.userName = text(value, 'userName', LIMITS.email, true)!;
      return 'applied';
    case 'externalid':
      fields.externalId = text(value, 'externalId', LIMITS.shortText);
      return 'applied';
    case 'active':
      if (value === null) throw new ScimError(400, 'active cannot be removed', 'mutability');
      fields.active = scimBoolean(value, 'active');
      return 'applied';
    case 'displayname':
      fields.displayName = text(value, 'displayName', LIMITS.name);
      return 'applied';
    case 'name.givenname':
      fields.givenName = text(value, 'name.givenName', LIMITS.name);
      return 'applied';
    case 'name.familyname':
      fields.familyName = text(value, 'name.familyName', LIMITS.name);
      return 'applied';
    case 'title':
      fields.title = text(value, 'title', LIMITS.jobTitle);
      return 'applied';
    case 'preferredlanguage':
      fields.locale = locale(value) ?? fields.locale;
      return 'applied';
    case 'emails':
      fields.email = workEmail(value);
      return 'applied';
    case 'emails[type eq "work"].value':
      fields.email = email(value);
      return 'applied';
    case `${ENTERPRISE}:employeenumber`:
      fields.employeeNumber = text(value, 'employeeNumber', LIMITS.employeeNumber);
      return 'applied';
    default:
      return 'unknown';
  }
}

/** A whole User body (POST or PUT): every attribute must be one the schemas name. */
export function userFieldsFromBody(body: unknown): UserFields & { userName: string } {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw scimInvalid('The body must be a SCIM User object', 'invalidSyntax');
  const fields: UserFields = {};
  for (const [key, value] of Object.entries(body)) {
    if (applyUserPath(fields, key, value) === 'unknown')
      throw scimInvalid(`Unknown attribute: ${unknownName(key, value)}`, 'invalidSyntax');
  }
  if (!fields.userName) throw scimInvalid('userName is required');
  return fields as UserFields & { userName: string };
}

/** The first attribute under `key` the schemas do not name, for the error message. */
function unknownName(key: string, value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      const probe: UserFields = {};
      const prefix = key.toLowerCase() === 'name' ? 'name.' : `${key}:`;
      try {
        if (applyUserPath(probe, prefix + k, v) === 'unknown') return `${key}.${k}`;
      } catch {
        // A bad value: not the unknown one.
      }
    }
  }
  return key;
}
