import { expect } from 'vitest';
import type { TestEnv } from '../../../test/engines.js';
import { buildTeam, buildTwoLayerOrg, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';

/** Secrets planted in a world, each written by someone other than the person whose data is read. */
export const PLANTED = {
  ownNote: 'Min egen note: jeg vil øve mig i at sige fra',
  leaderNote: 'LEDERENS PRIVATE NOTE om Dorthe, kun til Bo',
  colleagueNote: 'KOLLEGAENS PRIVATE NOTE fra teamsamtalen',
  goal: 'Lære at lede en samling med børnene',
  feedbackReceived: 'Tak for den rolige aflevering i morges',
  feedbackGiven: 'Din sang i samlingen fik alle med',
} as const;

/**
 * A two-layer organisation where Dorthe (employeeA) has a 1:1 with Bo (leaderA) in which both keep
 * a private note, a goal, feedback received from Erik and given to him, and a team conversation in
 * which Erik keeps a private note too.
 */
export async function buildPrivacyWorld(env: TestEnv) {
  const { database, config, app } = env;
  const world = await buildTwoLayerOrg(database.db);
  const as = {
    dorthe: await signInAs(database.db, config, world.employeeA),
    bo: await signInAs(database.db, config, world.leaderA),
    erik: await signInAs(database.db, config, world.colleagueA),
  };
  const ok = (res: { status: number; json: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.json)).toBe(status);
    return res.json as { id: string } & Record<string, unknown>;
  };
  const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const created = (body: unknown) => call(app, 'POST', '/api/conversations', { as: as.bo, body });
  const oneToOne = (
    ok(await created({ kind: 'one_to_one', personId: world.employeeA.id, startsAt }), 201) as unknown as {
      conversation: { id: string };
    }
  ).conversation;
  const team = await buildTeam(database.db, world.org, {
    unit: world.units.instA,
    kind: 'unit_staff',
    members: [world.employeeA, world.colleagueA],
  });
  const teamTalk = (
    ok(
      await created({ kind: 'team', teamId: team.id, facilitatorId: world.leaderA.id, startsAt }),
      201,
    ) as unknown as {
      conversation: { id: string };
    }
  ).conversation;
  ok(
    await call(app, 'PUT', `/api/conversations/${teamTalk.id}/private-note`, {
      as: as.erik,
      body: { text: PLANTED.colleagueNote },
    }),
  );
  ok(
    await call(app, 'PUT', `/api/conversations/${oneToOne.id}/private-note`, {
      as: as.bo,
      body: { text: PLANTED.leaderNote },
    }),
  );
  ok(
    await call(app, 'PUT', `/api/conversations/${oneToOne.id}/private-note`, {
      as: as.dorthe,
      body: { text: PLANTED.ownNote },
    }),
  );
  ok(await call(app, 'POST', '/api/goals', { as: as.dorthe, body: { title: PLANTED.goal } }), 201);
  ok(
    await call(app, 'POST', '/api/feedback', {
      as: as.erik,
      body: { toPersonId: world.employeeA.id, kind: 'recognition', text: PLANTED.feedbackReceived },
    }),
    201,
  );
  ok(
    await call(app, 'POST', '/api/feedback', {
      as: as.dorthe,
      body: { toPersonId: world.colleagueA.id, kind: 'recognition', text: PLANTED.feedbackGiven },
    }),
    201,
  );
  return { ...world, as, oneToOne, teamTalk, team };
}
