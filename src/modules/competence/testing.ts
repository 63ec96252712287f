// Helpers for the competence tests (not used by the app).
import { expect } from 'vitest';
import type { TestEnv } from '../../../test/engines.js';
import { signInAs, type buildTwoLayerOrg, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { frameItems, frames } from '../framing/schema.js';

export type TwoLayerOrg = Awaited<ReturnType<typeof buildTwoLayerOrg>>;

type FrameItemKind = (typeof frameItems.$inferInsert)['kind'];

/** The area's published frame for 2026 (Område Nord 2026) with the given items, for an initiative to link to. */
export async function areaFrameItems(
  db: TestEnv['database']['db'],
  o: TwoLayerOrg,
  items: { kind: FrameItemKind; title: string; position?: number }[],
) {
  const [frame] = await db
    .insert(frames)
    .values({
      orgId: o.org.id,
      unitId: o.units.area.id,
      title: 'Område Nord 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      publishedAt: new Date(),
    })
    .returning();
  return db
    .insert(frameItems)
    .values(items.map((item) => ({ orgId: o.org.id, frameId: frame!.id, ...item })))
    .returning();
}

/** Calls the API as a person, and builds the initiative most competence tests start from. */
export function competenceApi(env: () => TestEnv) {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  /** Solsikken's initiative by its leader, with Dorthe (Rød stue) as participant with a proposed goal. */
  async function initiativeWithParticipant(o: TwoLayerOrg) {
    const created = await req(o.leaderA, 'POST', '/initiatives', {
      unitId: o.units.instA.id,
      title: 'Konflikter, hvor barnets følelser bliver set',
    });
    expect(created.status, created.text).toBe(201);
    const id = created.json.initiative.id as string;
    const added = await req(o.leaderA, 'POST', `/initiatives/${id}/participants`, {
      personId: o.employeeA.id,
      currentLevel: 'beginner',
      targetLevel: 'independently',
      proposedGoal: 'Møde barnet i konflikten ved først at anerkende følelsen',
    });
    expect(added.status, added.text).toBe(201);
    return added.json.initiative;
  }

  return { req, initiativeWithParticipant };
}
