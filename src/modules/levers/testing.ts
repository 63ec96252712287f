// Helpers for the levers tests (not used by the app).
import { expect } from 'vitest';
import type { TestEnv } from '../../../test/engines.js';
import { signInAs, type buildTwoLayerOrg, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';

export const PERIOD = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };

/** Calls the API as a person, and makes the unit's plan most lever tests start from. */
export function leverApi(env: () => TestEnv) {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  async function unitPlan(o: Awaited<ReturnType<typeof buildTwoLayerOrg>>) {
    const created = await req(o.leaderA, 'POST', '/lever-plans', {
      unitId: o.units.instA.id,
      title: 'Læringsmiljøet i Solsikken 2026',
      ...PERIOD,
      levers: ['better_meetings', 'job_rotation'],
    });
    expect(created.status).toBe(201);
    return created.json.plan;
  }

  return { req, unitPlan };
}
