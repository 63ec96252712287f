// Helpers for the team-conversation tests (not used by the app).
import type { TestEnv } from '../../../test/engines.js';
import {
  buildOrg,
  buildPerson,
  buildTeam,
  buildTwoLayerOrg,
  signInAs,
  type Person,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { memberships } from '../org/schema.js';

/** Noon UTC n days from now. */
export const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 24 * 60 * 60 * 1000);
  d.setUTCHours(12, 0, 0, 0);
  return d.toISOString();
};

/**
 * Calls the API as a person; builds a two-layer organisation with a staff team in Solsikken (Dorthe,
 * also the room's resource person, and Erik), a second leader of the institution and a stranger from
 * another organisation; plans a TUS led by Dorthe.
 */
export function teamConversationApi(env: () => TestEnv) {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  const setup = async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    // Team conversations are led by a leader or a resource person: Dorthe is also the room's resource person.
    await db.insert(memberships).values({
      orgId: o.org.id,
      personId: o.employeeA.id,
      unitId: o.units.room.id,
      role: 'resource_person',
    });
    const team = await buildTeam(db, o.org, {
      unit: o.units.instA,
      kind: 'unit_staff',
      members: [o.employeeA, o.colleagueA],
    });
    const stranger = await buildPerson(db, await buildOrg(db), { name: 'Ukendt Person' });
    // A second leader of the institution, who reads the team's conversations without taking part.
    const coLeader = await buildPerson(db, o.org, {
      name: 'Ane Souschef',
      roles: [{ unit: o.units.instA, role: 'leader' }],
    });
    return { ...o, team, stranger, coLeader };
  };
  const plan = (o: Awaited<ReturnType<typeof setup>>, extra: Record<string, unknown> = {}) =>
    req(o.leaderA, 'POST', '/conversations', {
      kind: 'team',
      teamId: o.team.id,
      facilitatorId: o.employeeA.id,
      startsAt: inDays(10),
      location: 'Personalestuen',
      ...extra,
    });

  return { req, setup, plan };
}
