import { expect, it } from 'vitest';
import { buildPerson } from '../../../test/factories.js';
import { contextFor, describePolicy, type PolicyWorld } from '../../../test/policy-world.js';
import type { TestEnv } from '../../../test/engines.js';
import type { Person } from '../../../test/factories.js';
import { boardAccess } from './access.js';
import { boardReaderStatement } from './board-statement.js';

/*
 * The board's statement decides who reads it in SQL (board-statement.ts); assigning a task and the
 * list of boards still ask boardAccess (access.ts). For every actor and unit of the policy world,
 * and resource persons around the institution, the two must agree.
 */
describePolicy('the licence board statement agrees with boardAccess', (world, env) => {
  async function table(e: TestEnv, w: PolicyWorld, readers: Record<string, Person>) {
    const statement: Record<string, string> = {};
    const policy: Record<string, string> = {};
    for (const [name, reader] of Object.entries(readers))
      for (const [unitName, unit] of Object.entries(w.units)) {
        const key = `${name} → ${unitName}`;
        const [row] = await boardReaderStatement(e.database.db, [reader.orgId, unit.id, reader.id]);
        statement[key] = row ? (row.assign ? 'assign' : 'read') : '404';
        const access = await boardAccess(await contextFor(e, reader), unit.id);
        policy[key] = access.read ? (access.assign ? 'assign' : 'read') : '404';
      }
    return { statement, policy };
  }

  it('for every actor and unit', async () => {
    const w = await world();
    const db = env().database.db;
    const readers: Record<string, Person> = {
      ...w.actors,
      learningPartner: w.learningPartner,
      roomResource: await buildPerson(db, w.org, {
        roles: [{ unit: w.units.room, role: 'resource_person' }],
      }),
      areaResource: await buildPerson(db, w.org, {
        roles: [{ unit: w.units.area, role: 'resource_person' }],
      }),
    };
    const { statement, policy } = await table(env(), w, readers);
    expect(statement).toEqual(policy);
    // The table is not trivially empty: leaders assign, people read, strangers get nothing.
    expect(statement['nearestLeader → instA']).toBe('assign');
    expect(statement['leaderAbove → room']).toBe('assign');
    expect(statement['self → instA']).toBe('read');
    expect(statement['roomResource → instA']).toBe('read');
    expect(statement['outsider → instA']).toBe('404');
    expect(statement['stranger → instA']).toBe('404');
  });
});
