import crypto from 'node:crypto';
import type { Db } from '../src/server/db/client.js';
import type { Config } from '../src/server/config.js';
import { memberships, organisations, people, teamMembers, teams, units } from '../src/modules/org/schema.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { createSession } from '../src/modules/auth/session.js';
import type { Role, TeamKind, UnitKind } from '../src/shared/roles.js';

const uid = () => crypto.randomBytes(4).toString('hex');

export type Org = typeof organisations.$inferSelect;
export type Unit = typeof units.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Team = typeof teams.$inferSelect;

export async function buildOrg(
  db: Db,
  overrides: Partial<typeof organisations.$inferInsert> = {},
): Promise<Org> {
  const id = uid();
  const [org] = await db
    .insert(organisations)
    .values({ slug: `org-${id}`, name: `Kommune ${id}`, ...overrides })
    .returning();
  return org!;
}

export async function buildUnit(
  db: Db,
  org: Org,
  overrides: Partial<typeof units.$inferInsert> & { kind?: UnitKind } = {},
): Promise<Unit> {
  const [unit] = await db
    .insert(units)
    .values({ orgId: org.id, name: `Enhed ${uid()}`, kind: 'institution', ...overrides })
    .returning();
  return unit!;
}

// Hashing is slow on purpose; tests share one hash of the common password.
export const TEST_PASSWORD = 'korrekt-hest-batteri';
let cachedHash: Promise<string> | null = null;
const testPasswordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export async function buildPerson(
  db: Db,
  org: Org,
  options: Partial<typeof people.$inferInsert> & {
    roles?: { unit: Unit; role: Role }[];
    withPassword?: boolean;
  } = {},
): Promise<Person> {
  const { roles = [], withPassword = true, ...overrides } = options;
  const id = uid();
  const [person] = await db
    .insert(people)
    .values({
      orgId: org.id,
      name: `Person ${id}`,
      email: `person-${id}@example.dk`,
      employeeNumber: `E${id}`,
      passwordHash: withPassword ? await testPasswordHash() : null,
      ...overrides,
    })
    .returning();
  for (const { unit, role } of roles) {
    await db.insert(memberships).values({ orgId: org.id, personId: person!.id, unitId: unit.id, role });
  }
  return person!;
}

export async function buildTeam(
  db: Db,
  org: Org,
  options: { unit?: Unit | null; kind?: TeamKind; name?: string; members?: Person[] } = {},
): Promise<Team> {
  const [team] = await db
    .insert(teams)
    .values({
      orgId: org.id,
      unitId: options.unit?.id ?? null,
      name: options.name ?? `Team ${uid()}`,
      kind: options.kind ?? 'subject',
    })
    .returning();
  for (const member of options.members ?? []) {
    await db.insert(teamMembers).values({ orgId: org.id, teamId: team!.id, personId: member.id });
  }
  return team!;
}

/** A signed-in session for a person, as the headers a request needs. */
export interface TestSession {
  cookie: string;
  csrf: string;
  personId: string;
}

export async function signInAs(db: Db, config: Config, person: Person): Promise<TestSession> {
  const s = await createSession(db, config, { id: person.id, orgId: person.orgId }, 'password', new Date());
  return {
    cookie: `mup_session=${s.token}; mup_csrf=${s.csrfToken}`,
    csrf: s.csrfToken,
    personId: person.id,
  };
}

/**
 * A small organisation on two leader layers: an area with its leader, two institutions with
 * their leaders, employees in each, and an HR person at the top.
 */
export async function buildTwoLayerOrg(db: Db) {
  const org = await buildOrg(db);
  const admin = await buildUnit(db, org, { kind: 'administration', name: 'Forvaltning' });
  const area = await buildUnit(db, org, { kind: 'area', name: 'Område Nord', parentId: admin.id });
  const instA = await buildUnit(db, org, {
    kind: 'institution',
    name: 'Børnehuset Solsikken',
    parentId: area.id,
  });
  const instB = await buildUnit(db, org, {
    kind: 'institution',
    name: 'Vuggestuen Mælkebøtten',
    parentId: area.id,
  });
  const room = await buildUnit(db, org, { kind: 'department', name: 'Rød stue', parentId: instA.id });
  const areaLeader = await buildPerson(db, org, {
    name: 'Anne Områdeleder',
    roles: [{ unit: area, role: 'leader' }],
  });
  const leaderA = await buildPerson(db, org, { name: 'Bo Leder', roles: [{ unit: instA, role: 'leader' }] });
  const leaderB = await buildPerson(db, org, {
    name: 'Cecilie Leder',
    roles: [{ unit: instB, role: 'leader' }],
  });
  const employeeA = await buildPerson(db, org, {
    name: 'Dorthe Pædagog',
    roles: [{ unit: room, role: 'employee' }],
  });
  const colleagueA = await buildPerson(db, org, {
    name: 'Erik Pædagog',
    roles: [{ unit: instA, role: 'employee' }],
  });
  const employeeB = await buildPerson(db, org, {
    name: 'Frida Medhjælper',
    roles: [{ unit: instB, role: 'employee' }],
  });
  const hr = await buildPerson(db, org, { name: 'Gitte HR', roles: [{ unit: admin, role: 'hr' }] });
  return {
    org,
    units: { admin, area, instA, instB, room },
    areaLeader,
    leaderA,
    leaderB,
    employeeA,
    colleagueA,
    employeeB,
    hr,
  };
}
