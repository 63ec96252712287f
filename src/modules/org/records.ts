import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { preparedStatement } from '../../server/db/prepared.js';
import type { SignedInContext } from '../../server/http/context.js';
import { conflict, forbidden, notFound } from '../../server/http/errors.js';
import { teamAccess } from '../../server/policy/team-access.js';
import { people, teams, units } from './schema.js';
import type { Person } from './answers.js';

// Loading one record of the organisation (404 when it is not there) and presenting it.

export const unitColumns = {
  id: units.id,
  parentId: units.parentId,
  name: units.name,
  kind: units.kind,
  externalId: units.externalId,
  version: units.version,
};
export type UnitView = { [K in keyof typeof unitColumns]: (typeof units.$inferSelect)[K] };

/** Everything the API shows of a person, never the password hash or lockout state. */
export const personColumns = {
  id: people.id,
  name: people.name,
  email: people.email,
  employeeNumber: people.employeeNumber,
  jobTitle: people.jobTitle,
  locale: people.locale,
  active: people.active,
  version: people.version,
  lastSignInAt: people.lastSignInAt,
  hasPassword: sql<boolean>`(${people.passwordHash} is not null)`,
};
type PersonRow = Omit<
  typeof people.$inferSelect,
  'orgId' | 'passwordHash' | 'deactivatedAt' | 'createdAt' | 'updatedAt'
> & {
  hasPassword: boolean;
};

export const presentPerson = (p: PersonRow): Person => ({
  id: p.id,
  name: p.name,
  email: p.email,
  employeeNumber: p.employeeNumber,
  jobTitle: p.jobTitle,
  locale: p.locale,
  active: p.active,
  version: p.version,
  lastSignInAt: p.lastSignInAt ? new Date(p.lastSignInAt).toISOString() : null,
  hasPassword: Boolean(p.hasPassword),
});

export const teamColumns = {
  id: teams.id,
  unitId: teams.unitId,
  name: teams.name,
  kind: teams.kind,
  description: teams.description,
  version: teams.version,
};

// Loaded on many requests, so prepared (src/server/db/prepared.ts).
const unitById = preparedStatement<UnitView>(
  'org_load_unit',
  `select id, parent_id as "parentId", name, kind, external_id as "externalId", version
  from units where org_id = $1::uuid and id = $2::uuid`,
);

const personById = preparedStatement<Omit<PersonRow, 'lastSignInAt'> & { lastSignInMs: number | null }>(
  'org_load_person',
  `select id, name, email, employee_number as "employeeNumber", job_title as "jobTitle", locale, active, version,
    (extract(epoch from last_sign_in_at) * 1000)::float8 as "lastSignInMs", password_hash is not null as "hasPassword"
  from people where org_id = $1::uuid and id = $2::uuid`,
);

export async function loadUnit(db: Db, orgId: string, id: string): Promise<UnitView> {
  const [unit] = await unitById(db, [orgId, id]);
  if (!unit) throw notFound('No such unit');
  return unit;
}

export async function loadPerson(db: Db, orgId: string, id: string): Promise<PersonRow> {
  const [row] = await personById(db, [orgId, id]);
  if (!row) throw notFound('No such person');
  const { lastSignInMs, ...person } = row;
  return { ...person, lastSignInAt: lastSignInMs === null ? null : new Date(lastSignInMs) };
}

export async function loadTeam(db: Db, orgId: string, id: string) {
  const [team] = await db
    .select(teamColumns)
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, id)))
    .limit(1);
  if (!team) throw notFound('No such team');
  return team;
}

/** Loads a team the actor may manage: 404 when they cannot see it, 403 when they only see it. */
export async function loadManagedTeam(ctx: SignedInContext, id: string) {
  const team = await loadTeam(ctx.db, ctx.actor.orgId, id);
  const access = await teamAccess(ctx, team);
  if (!access.see) throw notFound('No such team');
  if (!access.manage) throw forbidden('Only the unit’s leaders and administrators may change the team');
  return team;
}

/**
 * After a versioned update matched no row: the record is either gone (404) or was changed by
 * someone else since the client read it (409 stale_version).
 */
export async function staleOrMissing(exists: () => Promise<unknown>): Promise<never> {
  await exists();
  throw conflict('Someone else changed this meanwhile', 'stale_version');
}

/** Escapes LIKE wildcards so a search for "50%" finds the text "50%". */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
