import { z } from '@hono/zod-openapi';
import { LOCALES, ROLES, TEAM_KINDS, UNIT_KINDS } from '../../../shared/roles.js';

// The response shapes of the org API (the contract the org screens are built against).

const role = z.enum(ROLES);
const unitKind = z.enum(UNIT_KINDS);
const teamKind = z.enum(TEAM_KINDS);
const ref = z.object({ id: z.string(), name: z.string() });

export const unitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  kind: unitKind,
  externalId: z.string().nullable(),
  version: z.number(),
});

/** memberCount: memberships of active people, i.e. the rows of the unit's member list. */
export const unitListSchema = z.object({ units: z.array(unitSchema.extend({ memberCount: z.number() })) });

export const unitDetailSchema = z.object({
  unit: unitSchema,
  path: z.array(ref),
  children: z.array(z.object({ id: z.string(), name: z.string(), kind: unitKind, memberCount: z.number() })),
  members: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      jobTitle: z.string().nullable(),
      role,
      membershipId: z.string(),
      /** Only admins see deactivated members. */
      active: z.boolean(),
    }),
  ),
  teams: z.array(z.object({ id: z.string(), name: z.string(), kind: teamKind })),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});

export const unitResultSchema = z.object({ unit: unitSchema });

export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  employeeNumber: z.string().nullable(),
  jobTitle: z.string().nullable(),
  locale: z.enum(LOCALES),
  active: z.boolean(),
  version: z.number(),
  lastSignInAt: z.string().nullable(),
  hasPassword: z.boolean(),
});

const unitRole = z.object({ unitId: z.string(), unitName: z.string(), role });

export const peopleListSchema = z.object({
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      jobTitle: z.string().nullable(),
      email: z.string().nullable(),
      employeeNumber: z.string().nullable(),
      active: z.boolean(),
      memberships: z.array(unitRole),
    }),
  ),
  total: z.number(),
});

export const directorySchema = z.object({
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      jobTitle: z.string().nullable(),
      units: z.array(z.string()),
    }),
  ),
});

export const personRecordSchema = z.object({
  person: personSchema,
  memberships: z.array(unitRole.extend({ id: z.string() })),
  nearestLeaders: z.array(ref),
  teams: z.array(z.object({ id: z.string(), name: z.string(), kind: teamKind })),
  relation: z.enum(['self', 'leader', 'admin']),
  can: z.object({ update: z.boolean(), manageRoles: z.boolean(), invite: z.boolean() }),
});

export const personResultSchema = z.object({ person: personSchema });

export const membershipResultSchema = z.object({ membership: unitRole.extend({ id: z.string() }) });

export const accessLogSchema = z.object({
  /** One line per reader, kind of read and day: the latest time and how many times. */
  events: z.array(z.object({ at: z.string(), actor: ref.nullable(), action: z.string(), count: z.number() })),
});

const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: teamKind,
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  description: z.string().nullable(),
  version: z.number(),
});

export const teamListSchema = z.object({
  teams: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: teamKind,
      unitId: z.string().nullable(),
      unitName: z.string().nullable(),
      memberCount: z.number(),
    }),
  ),
});

export const teamDetailSchema = z.object({
  team: teamSchema,
  members: z.array(z.object({ personId: z.string(), name: z.string(), jobTitle: z.string().nullable() })),
  can: z.object({ update: z.boolean(), manageMembers: z.boolean(), delete: z.boolean() }),
});

export const teamResultSchema = z.object({ team: teamSchema });
