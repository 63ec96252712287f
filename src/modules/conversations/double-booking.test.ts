import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { localParts } from '../../shared/time.js';

describeEachEngine('a proposed 1:1 time clear of other conversations', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  it('moves off the leader’s other 1:1 at the rhythm’s time, and says it moved; both see the same', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const first = await req(o.leaderA, 'GET', `/cadences/${o.employeeA.id}`);
    expect(first.json.proposal).toBe('clear');
    const wanted = first.json.proposedStartsAt as string;
    expect(localParts(new Date(wanted)).hour).toBe(10);

    // The leader plans another person's 1:1 at exactly that time.
    const other = await req(o.leaderA, 'POST', '/conversations', {
      kind: 'one_to_one',
      personId: o.colleagueA.id,
      startsAt: wanted,
      durationMinutes: 60,
    });
    expect(other.status).toBe(201);

    const moved = await req(o.leaderA, 'GET', `/cadences/${o.employeeA.id}`);
    expect(moved.json.proposal).toBe('moved');
    const at = new Date(moved.json.proposedStartsAt as string);
    expect(at.getTime()).toBeGreaterThanOrEqual(new Date(wanted).getTime() + 60 * 60_000);
    expect(localParts(at)).toMatchObject({ day: localParts(new Date(wanted)).day, hour: 13 });
    // The employee proposing to their leader is offered the same clear time, not what clashed.
    const theirs = await req(o.employeeA, 'GET', `/cadences/${o.leaderA.id}`);
    expect(theirs.json).toMatchObject({ proposal: 'moved', proposedStartsAt: moved.json.proposedStartsAt });
    expect(JSON.stringify(theirs.json)).not.toContain(o.colleagueA.id);

    // The leader's own 1:1 with their area leader at one o'clock counts too: eleven it is (never earlier than the rhythm's time).
    const own = await req(o.areaLeader, 'POST', '/conversations', {
      kind: 'one_to_one',
      personId: o.leaderA.id,
      startsAt: moved.json.proposedStartsAt,
      durationMinutes: 45,
    });
    expect(own.status).toBe(201);
    const early = await req(o.leaderA, 'GET', `/cadences/${o.employeeA.id}`);
    expect(early.json.proposal).toBe('moved');
    expect(localParts(new Date(early.json.proposedStartsAt as string))).toMatchObject({ hour: 11 });

    // Cancelled, the other 1:1 no longer stands in the way.
    const id = other.json.conversation.id as string;
    const cancelled = await req(o.leaderA, 'POST', `/conversations/${id}/cancel`, {
      version: other.json.conversation.version,
    });
    expect(cancelled.status).toBe(200);
    const again = await req(o.leaderA, 'GET', `/cadences/${o.employeeA.id}`);
    expect(again.json).toMatchObject({ proposal: 'clear', proposedStartsAt: wanted });
  });
});
