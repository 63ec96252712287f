import { eq, type SQL } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../src/server/db/client.js';
import type { SignedInContext } from '../src/server/http/context.js';
import { memberships } from '../src/modules/org/schema.js';
import { describeEachEngine, type TestEnv } from './engines.js';
import type { Role } from '../src/shared/roles.js';
import {
  buildOrg,
  buildPerson,
  buildTeam,
  buildTwoLayerOrg,
  buildUnit,
  type Person,
  type Unit,
} from './factories.js';

/*
 * One organisation for the policy layer's table tests (src/server/policy/*.test.ts): every
 * relationship is asked by the same actors, so each file reads as a table of who gets what.
 *
 *   Forvaltning (HR, org admin)
 *   └ Område Nord (leaderAbove)
 *     ├ Solsikken (nearestLeader, learningPartner)
 *     │ └ Rød stue, no leader of its own (self)
 *     ├ Mælkebøtten (teamLeader) — holds "the team" (teamMember)
 *     └ Valmuen (outsider)
 *   and a stranger in another organisation. A peer group of leaders (no unit) has nearestLeader
 *   and teamLeader as members.
 */
export async function buildPolicyWorld(db: Db) {
  const org = await buildOrg(db);
  const admin = await buildUnit(db, org, { kind: 'administration', name: 'Forvaltning' });
  const area = await buildUnit(db, org, { kind: 'area', name: 'Område Nord', parentId: admin.id });
  const instA = await buildUnit(db, org, { name: 'Solsikken', parentId: area.id });
  const room = await buildUnit(db, org, { kind: 'department', name: 'Rød stue', parentId: instA.id });
  const instB = await buildUnit(db, org, { name: 'Mælkebøtten', parentId: area.id });
  const instC = await buildUnit(db, org, { name: 'Valmuen', parentId: area.id });
  const person = (name: string, roles: { unit: Unit; role: Role }[]) => buildPerson(db, org, { name, roles });
  const actors = {
    self: await person('Dorthe Pædagog', [{ unit: room, role: 'employee' }]),
    nearestLeader: await person('Bo Leder', [{ unit: instA, role: 'leader' }]),
    leaderAbove: await person('Anne Områdeleder', [{ unit: area, role: 'leader' }]),
    teamMember: await person('Frida Medhjælper', [{ unit: instB, role: 'employee' }]),
    teamLeader: await person('Cecilie Leder', [{ unit: instB, role: 'leader' }]),
    hr: await person('Gitte HR', [{ unit: admin, role: 'hr' }]),
    orgAdmin: await person('Hans Admin', [{ unit: admin, role: 'org_admin' }]),
    outsider: await person('Ida Valmue', [{ unit: instC, role: 'employee' }]),
    stranger: (await buildTwoLayerOrg(db)).employeeA,
  };
  const team = await buildTeam(db, org, {
    unit: instB,
    name: 'Mælkebøttens team',
    members: [actors.teamMember],
  });
  const peerGroup = await buildTeam(db, org, {
    unit: null,
    kind: 'leader_peer_group',
    members: [actors.nearestLeader, actors.teamLeader],
  });
  const learningPartner = await person('Jens Læringspartner', [{ unit: instA, role: 'learning_partner' }]);
  return { org, units: { admin, area, instA, room, instB, instC }, actors, team, peerGroup, learningPartner };
}

export type PolicyWorld = Awaited<ReturnType<typeof buildPolicyWorld>>;
export type ActorName = keyof PolicyWorld['actors'];
export const ACTOR_NAMES: ActorName[] = [
  'self',
  'nearestLeader',
  'leaderAbove',
  'teamMember',
  'teamLeader',
  'hr',
  'orgAdmin',
  'outsider',
  'stranger',
];

/** The service context a request by `person` gets, without HTTP: the actor with their memberships. */
export async function contextFor(env: TestEnv, person: Person): Promise<SignedInContext> {
  const { db } = env.database;
  const found = await db
    .select({ unitId: memberships.unitId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.personId, person.id));
  return {
    db,
    engine: env.engine,
    config: env.config,
    now: () => new Date(),
    ip: '127.0.0.1',
    actor: {
      personId: person.id,
      orgId: person.orgId,
      name: person.name,
      locale: person.locale,
      memberships: found,
      sessionId: 'policy-table-test',
    },
  };
}

/** Asks `question` as every actor and compares the whole table at once, so a failure shows all rows. */
export async function expectTable<T>(
  env: TestEnv,
  world: PolicyWorld,
  question: (ctx: SignedInContext, actor: Person) => Promise<T>,
  expected: Record<ActorName, T>,
) {
  const actual: Partial<Record<ActorName, T>> = {};
  for (const name of ACTOR_NAMES) {
    const actor = world.actors[name];
    actual[name] = await question(await contextFor(env, actor), actor);
  }
  expect(actual).toEqual(expected);
}

/** The ids a bound one-column relation yields, e.g. `idsOf(db, teamsOfText.bound(orgId, personId))`. */
export async function idsOf(db: Db, query: SQL): Promise<string[]> {
  const result = (await db.execute(query)) as unknown as { rows: Record<string, string>[] };
  return result.rows.map((r) => Object.values(r)[0]!);
}

/** Every actor's answer is `value`, except those named. */
export function everyone<T>(value: T, except: Partial<Record<ActorName, T>> = {}): Record<ActorName, T> {
  return Object.fromEntries(
    ACTOR_NAMES.map((name) => [name, name in except ? except[name] : value]),
  ) as Record<ActorName, T>;
}

/** A describe block per engine whose tests share one policy world, built on first use. */
export function describePolicy(
  name: string,
  body: (world: () => Promise<PolicyWorld>, env: () => TestEnv) => void,
) {
  describeEachEngine(`policy: ${name}`, (env) => {
    let world: Promise<PolicyWorld> | undefined;
    body(() => (world ??= buildPolicyWorld(env().database.db)), env);
  });
}
