// Helpers for the progression tests (not used by the app).
import { expect } from 'vitest';
import type { TestEnv } from '../../../test/engines.js';
import { signInAs, type buildTwoLayerOrg, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';

export const AREAS = ['Sprog', 'Social udvikling', 'Motorik'];

/** Calls the API as a person, and sets up a unit's areas and a first course most tests start from. */
export function progressionApi(env: () => TestEnv) {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  async function unitCourse(o: Awaited<ReturnType<typeof buildTwoLayerOrg>>) {
    const areas = await req(o.areaLeader, 'PUT', `/progression/units/${o.units.area.id}/areas`, {
      areas: AREAS,
    });
    expect(areas.status).toBe(200);
    const created = await req(o.colleagueA, 'POST', '/progression/courses', {
      unitId: o.units.instA.id,
      subjectKind: 'child_group',
      label: 'Gruppe A, 3-4 år',
      challenge: 'Utryghed ved fælles ture',
      startedOn: '2026-01-05',
    });
    expect(created.status).toBe(201);
    return created.json.course;
  }

  return { req, unitCourse };
}
