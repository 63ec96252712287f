import {
  ENTERPRISE_SCHEMA,
  GROUP_SCHEMA,
  LIST_SCHEMA,
  RESOURCE_TYPE_SCHEMA,
  SCHEMA_SCHEMA,
  SERVICE_PROVIDER_SCHEMA,
  USER_SCHEMA,
} from './schemas.js';

// What MUP tells a SCIM client about itself (RFC 7643 §5–7): PATCH yes, filter (eq) yes, no bulk,
// no sort, no ETags, no password changes; a bearer token per organisation.

export function serviceProviderConfig(base: string) {
  return {
    schemas: [SERVICE_PROVIDER_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: 'The organisation’s SCIM token, made by an organisation admin in MUP’s settings',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}

const resourceType = (base: string, name: 'User' | 'Group') => ({
  schemas: [RESOURCE_TYPE_SCHEMA],
  id: name,
  name,
  endpoint: `/${name}s`,
  schema: name === 'User' ? USER_SCHEMA : GROUP_SCHEMA,
  ...(name === 'User' ? { schemaExtensions: [{ schema: ENTERPRISE_SCHEMA, required: false }] } : {}),
  meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/${name}` },
});

export const resourceTypes = (base: string) =>
  list([resourceType(base, 'User'), resourceType(base, 'Group')]);

type Attribute = {
  name: string;
  type: 'string' | 'boolean' | 'complex' | 'reference';
  multiValued?: boolean;
  required?: boolean;
  uniqueness?: 'none' | 'server';
  mutability?: 'readWrite' | 'readOnly' | 'immutable';
  subAttributes?: object[];
};

const attr = (a: Attribute): object => ({
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...a,
});

const SCHEMAS = [
  {
    id: USER_SCHEMA,
    name: 'User',
    description: 'A person of the organisation',
    attributes: [
      attr({ name: 'userName', type: 'string', required: true, uniqueness: 'server' }),
      attr({ name: 'externalId', type: 'string' }),
      attr({
        name: 'name',
        type: 'complex',
        subAttributes: [
          attr({ name: 'givenName', type: 'string' }),
          attr({ name: 'familyName', type: 'string' }),
          attr({ name: 'formatted', type: 'string' }),
        ],
      }),
      attr({ name: 'displayName', type: 'string' }),
      attr({ name: 'title', type: 'string' }),
      attr({ name: 'preferredLanguage', type: 'string' }),
      attr({ name: 'active', type: 'boolean' }),
      attr({
        name: 'emails',
        type: 'complex',
        multiValued: true,
        subAttributes: [
          attr({ name: 'value', type: 'string' }),
          attr({ name: 'type', type: 'string' }),
          attr({ name: 'primary', type: 'boolean' }),
        ],
      }),
    ],
  },
  {
    id: ENTERPRISE_SCHEMA,
    name: 'EnterpriseUser',
    description: 'The employee number, which the CSV import and single sign-on can match on',
    attributes: [attr({ name: 'employeeNumber', type: 'string', uniqueness: 'server' })],
  },
  {
    id: GROUP_SCHEMA,
    name: 'Group',
    description: 'A group, which an organisation admin maps to a unit (with a role) or a team',
    attributes: [
      attr({ name: 'displayName', type: 'string', required: true }),
      attr({ name: 'externalId', type: 'string' }),
      attr({
        name: 'members',
        type: 'complex',
        multiValued: true,
        subAttributes: [attr({ name: 'value', type: 'string', mutability: 'immutable' })],
      }),
    ],
  },
];

export const schemas = (base: string) =>
  list(
    SCHEMAS.map((s) => ({
      schemas: [SCHEMA_SCHEMA],
      ...s,
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${s.id}` },
    })),
  );

export const schemaById = (base: string, id: string) =>
  schemas(base).Resources.find((s) => s.id.toLowerCase() === id.toLowerCase()) ?? null;

export const resourceTypeById = (base: string, id: string) =>
  resourceTypes(base).Resources.find((r) => r.id.toLowerCase() === id.toLowerCase()) ?? null;

function list<T>(resources: T[]) {
  return {
    schemas: [LIST_SCHEMA],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
