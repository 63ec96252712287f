// Helpers for the licences tests (not used by the app).
import { expect } from 'vitest';
import type { TestEnv } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';

export const MEAL = {
  task: 'Det pædagogiske måltid',
  meaningC: 'Kan sidde med ved måltidet og følge de aftalte rutiner med støtte.',
  meaningB: 'Kan være vært for måltidet alene og skabe samtale ved bordet.',
  meaningA: 'Kan vejlede kolleger i måltidet og tage de svære situationer.',
  requiredLevel: 'B',
  belowRequired: 'refuse',
  neededHolders: 2,
  validityMonths: 24,
};

/** An organisation with a resource person at the institution, and the API as any of its people. */
export function licenceApi(env: () => TestEnv) {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  async function world() {
    const o = await buildTwoLayerOrg(env().database.db);
    const resource = await buildPerson(env().database.db, o.org, {
      name: 'Karin Ressourceperson',
      roles: [{ unit: o.units.instA, role: 'resource_person' }],
    });
    return { ...o, resource };
  }

  async function mealLicence(o: Awaited<ReturnType<typeof world>>, overrides: Record<string, unknown> = {}) {
    const created = await req(o.leaderA, 'POST', '/licence-definitions', {
      unitId: o.units.instA.id,
      ...MEAL,
      ...overrides,
    });
    expect(created.status, created.text).toBe(201);
    return created.json.definition as { id: string; version: number };
  }

  async function plannedReview(o: Awaited<ReturnType<typeof world>>, definitionId: string, person: Person) {
    const planned = await req(o.resource, 'POST', `/licence-definitions/${definitionId}/reviews`, {
      personId: person.id,
      startsAt: '2026-03-02T09:00:00+01:00',
      focus: 'Samtalen ved bordet og hvordan børnene inddrages',
    });
    expect(planned.status, planned.text).toBe(201);
    return planned.json.review as { id: string };
  }

  return { req, world, mealLicence, plannedReview };
}
