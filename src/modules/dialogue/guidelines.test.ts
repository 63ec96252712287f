import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  buildOrg,
  buildPerson,
  buildTeam,
  buildTwoLayerOrg,
  signInAs,
  type Person,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';

describeEachEngine('a team’s discussion guidelines', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  async function team() {
    const o = await buildTwoLayerOrg(env().database.db);
    const t = await buildTeam(env().database.db, o.org, {
      unit: o.units.instA,
      name: 'Sprogteamet',
      members: [o.employeeA, o.colleagueA],
    });
    return { o, path: `/teams/${t.id}/guidelines`, teamId: t.id };
  }

  it('the team writes its ordered list; an edit from an old version gets 409 with the list as it is now', async () => {
    const { o, path, teamId } = await team();
    const empty = await req(o.employeeA, 'GET', path);
    expect(empty.status).toBe(200);
    expect(empty.json).toMatchObject({
      team: { id: teamId, name: 'Sprogteamet' },
      guidelines: { version: 0, items: [] },
      can: { edit: true },
    });

    const first = await req(o.employeeA, 'PUT', path, {
      version: 0,
      items: [{ text: 'Vi lytter for at forstå.' }, { text: ' Vi taler om praksis, ikke personer. ' }],
    });
    expect(first.status).toBe(200);
    expect(first.json.guidelines.version).toBe(1);
    expect(first.json.guidelines.items.map((i: { text: string }) => i.text)).toEqual([
      'Vi lytter for at forstå.',
      'Vi taler om praksis, ikke personer.',
    ]);
    const [listen, practice] = first.json.guidelines.items;

    // A colleague who read version 0 saves too: refused, and told what stands now.
    const stale = await req(o.colleagueA, 'PUT', path, {
      version: 0,
      items: [{ text: 'Vi er nysgerrige.' }],
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');
    expect(stale.json.error.current).toMatchObject({
      version: 1,
      items: [{ id: listen.id }, { id: practice.id }],
    });

    // Reordering, rewording and adding keep the ids of kept items.
    const second = await req(o.colleagueA, 'PUT', path, {
      version: 1,
      items: [
        { id: practice.id, text: practice.text },
        { id: listen.id, text: 'Vi lytter, før vi svarer.' },
        { text: 'Vi er nysgerrige.' },
      ],
    });
    expect(second.status).toBe(200);
    expect(second.json.guidelines).toMatchObject({
      version: 2,
      items: [
        { id: practice.id },
        { id: listen.id, text: 'Vi lytter, før vi svarer.' },
        { text: 'Vi er nysgerrige.' },
      ],
    });
    // The leader of the team's unit reads and edits; removing one deletes it.
    const third = await req(o.leaderA, 'PUT', path, {
      version: 2,
      items: [{ id: listen.id, text: 'Vi lytter, før vi svarer.' }],
    });
    expect(third.json.guidelines.items).toEqual([{ id: listen.id, text: 'Vi lytter, før vi svarer.' }]);
    expect((await req(o.leaderA, 'GET', path)).json.guidelines.version).toBe(3);
    // The area leader above the unit's leader does not read the team's own list.
    expect((await req(o.areaLeader, 'GET', path)).status).toBe(404);

    const audit = await env()
      .database.db.select({
        actorId: auditEvents.actorId,
        details: auditEvents.details,
        entityId: auditEvents.entityId,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'dialogue.guidelines_updated')));
    expect(audit.map((a) => [a.actorId, a.details])).toEqual([
      [o.employeeA.id, { version: 1, added: 2, changed: 0, removed: 0, count: 2 }],
      [o.colleagueA.id, { version: 2, added: 1, changed: 1, removed: 0, count: 3 }],
      [o.leaderA.id, { version: 3, added: 0, changed: 0, removed: 2, count: 1 }],
    ]);
    expect(audit.every((a) => a.entityId === teamId)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('lytter');
  });

  it('two first saves at the same moment: one wins, the other gets 409', async () => {
    const { o, path } = await team();
    const results = await Promise.all([
      req(o.employeeA, 'PUT', path, { version: 0, items: [{ text: 'A' }] }),
      req(o.colleagueA, 'PUT', path, { version: 0, items: [{ text: 'B' }] }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const now = (await req(o.employeeA, 'GET', path)).json.guidelines;
    expect(now.version).toBe(1);
    expect(now.items).toHaveLength(1);
  });

  it('refuses bad input with a clear 4xx', async () => {
    const { o, path } = await team();
    const { json } = await req(o.employeeA, 'PUT', path, { version: 0, items: [{ text: 'A' }] });
    const id = json.guidelines.items[0].id;
    const other = await team();
    const foreignId = (
      await req(other.o.employeeA, 'PUT', other.path, { version: 0, items: [{ text: 'X' }] })
    ).json.guidelines.items[0].id;
    for (const body of [
      { version: 1, items: [{ text: '' }] },
      { version: 1, items: [{ text: 'x'.repeat(201) }] },
      { version: 1, items: Array.from({ length: 13 }, (_, i) => ({ text: `R${i}` })) },
      {
        version: 1,
        items: [
          { id, text: 'A' },
          { id, text: 'A igen' },
        ],
      },
      { version: 1, items: [{ id: foreignId, text: 'Stjålet' }] },
      { version: 1, items: 'A' },
      { items: [] },
    ]) {
      const res = await req(o.employeeA, 'PUT', path, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await req(o.employeeA, 'GET', path)).json.guidelines).toEqual({
      teamId: json.guidelines.teamId,
      version: 1,
      items: [{ id, text: 'A' }],
    });
    expect((await req(other.o.employeeA, 'GET', other.path)).json.guidelines.items[0].text).toBe('X');
  });

  it('team content: members and the unit’s leaders only; HR, other teams’ people and other organisations get 404', async () => {
    const { o, path } = await team();
    await req(o.employeeA, 'PUT', path, { version: 0, items: [{ text: 'Hemmelig-aftale-8812' }] });
    const orgAdmin = await buildPerson(env().database.db, o.org, {
      roles: [{ unit: o.units.admin, role: 'org_admin' }],
    });
    const stranger = await buildPerson(env().database.db, await buildOrg(env().database.db), { roles: [] });
    for (const outsider of [o.hr, orgAdmin, o.leaderB, o.employeeB, stranger]) {
      const read = await req(outsider, 'GET', path);
      expect(read.status, `${outsider.name} reads`).toBe(404);
      expect(read.text).not.toContain('Hemmelig');
      expect(
        (await req(outsider, 'PUT', path, { version: 1, items: [] })).status,
        `${outsider.name} writes`,
      ).toBe(404);
    }
    // A cross-unit team (a leaders' peer group): its members only.
    const peers = await buildTeam(env().database.db, o.org, {
      unit: null,
      kind: 'leader_peer_group',
      members: [o.leaderA, o.leaderB],
    });
    expect(
      (
        await req(o.leaderB, 'PUT', `/teams/${peers.id}/guidelines`, {
          version: 0,
          items: [{ text: 'Fortroligt rum' }],
        })
      ).status,
    ).toBe(200);
    expect((await req(o.leaderA, 'GET', `/teams/${peers.id}/guidelines`)).json.guidelines.items[0].text).toBe(
      'Fortroligt rum',
    );
    for (const outsider of [o.areaLeader, o.hr, o.employeeA])
      expect((await req(outsider, 'GET', `/teams/${peers.id}/guidelines`)).status).toBe(404);
    expect((await req(o.employeeA, 'GET', `/teams/${crypto.randomUUID()}/guidelines`)).status).toBe(404);
  });
});
