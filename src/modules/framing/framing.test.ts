import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';

const OPEN = { periodStart: '2000-01-01', periodEnd: '2199-12-31' };
const PAST = { periodStart: '2001-01-01', periodEnd: '2001-12-31' };
const item = (title: string, kind = 'curriculum_theme') => ({ kind, title, description: `Om ${title}` });

describeEachEngine('frames for learning goals', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await as(who), body });

  it('a leader drafts and publishes a frame; the unit’s people see it only when published and in its period', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const created = await req(o.leaderA, 'POST', '/frames', {
      unitId: o.units.instA.id,
      title: 'Læringsmål 2026',
      intro: 'Vi arbejder med sprog og leg.',
      ...OPEN,
      items: [item('Kommunikation og sprog'), item('Mere leg i overgange', 'focus_area')],
    });
    expect(created.status).toBe(201);
    const frame = created.json.frame;
    expect(frame).toMatchObject({
      unitId: o.units.instA.id,
      unitName: 'Børnehuset Solsikken',
      status: 'draft',
      version: 1,
      can: { edit: true },
    });
    expect(frame.items.map((i: { title: string }) => i.title)).toEqual([
      'Kommunikation og sprog',
      'Mere leg i overgange',
    ]);

    // A draft is the leader's own work: the employee neither lists it nor reads it.
    expect((await req(o.employeeA, 'GET', '/frames/current')).json.frames).toEqual([]);
    expect((await req(o.employeeA, 'GET', `/frames/${frame.id}`)).status).toBe(404);

    const published = await req(o.leaderA, 'POST', `/frames/${frame.id}/publish`, { version: 1 });
    expect(published.status).toBe(200);
    expect(published.json.frame.status).toBe('published');
    expect(published.json.frame.publishedAt).toEqual(expect.any(String));

    // The employee in Rød stue (below the institution) sees the institution's frame, read-only.
    const current = await req(o.employeeA, 'GET', '/frames/current');
    expect(current.json.frames).toHaveLength(1);
    expect(current.json.frames[0]).toMatchObject({
      id: frame.id,
      title: 'Læringsmål 2026',
      can: { edit: false },
    });
    expect((await req(o.employeeA, 'GET', `/frames/${frame.id}`)).json.frame.items).toHaveLength(2);
    // Someone in another institution does not.
    expect((await req(o.employeeB, 'GET', '/frames/current')).json.frames).toEqual([]);
    expect((await req(o.employeeB, 'GET', `/frames/${frame.id}`)).status).toBe(404);

    // A published frame whose period has ended no longer applies.
    const old = await req(o.leaderA, 'POST', '/frames', {
      unitId: o.units.instA.id,
      title: 'Gammel',
      ...PAST,
      items: [item('Leg')],
    });
    await req(o.leaderA, 'POST', `/frames/${old.json.frame.id}/publish`, { version: 1 });
    expect(
      (await req(o.employeeA, 'GET', '/frames/current')).json.frames.map((f: { id: string }) => f.id),
    ).toEqual([frame.id]);
  });

  it('frames of units above apply too; the leader lists the units they may frame', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const area = await req(o.areaLeader, 'POST', '/frames', {
      unitId: o.units.area.id,
      title: 'Områdets strategi',
      ...OPEN,
      items: [item('Sprog', 'strategic_goal')],
    });
    expect(area.status).toBe(201);
    await req(o.areaLeader, 'POST', `/frames/${area.json.frame.id}/publish`, { version: 1 });
    for (const p of [o.employeeA, o.employeeB, o.leaderA]) {
      expect(
        (await req(p, 'GET', '/frames/current')).json.frames.map((f: { id: string }) => f.id),
        p.name,
      ).toEqual([area.json.frame.id]);
    }
    expect((await req(o.hr, 'GET', '/frames/current')).json.frames).toEqual([]);
    // A learning partner of the area is one of its people, so its frame applies to them; an HR
    // membership in the area is configuration, not a place among its people.
    const partner = await buildPerson(env().database.db, o.org, {
      roles: [{ unit: o.units.area, role: 'learning_partner' }],
    });
    const areaHr = await buildPerson(env().database.db, o.org, {
      roles: [{ unit: o.units.area, role: 'hr' }],
    });
    expect(
      (await req(partner, 'GET', '/frames/current')).json.frames.map((f: { id: string }) => f.id),
    ).toEqual([area.json.frame.id]);
    expect((await req(areaHr, 'GET', '/frames/current')).json.frames).toEqual([]);

    const mine = await req(o.leaderA, 'GET', '/frames');
    expect(mine.json.units.map((u: { name: string }) => u.name).sort()).toEqual([
      'Børnehuset Solsikken',
      'Rød stue',
    ]);
    expect(mine.json.frames).toEqual([]);
    const areaList = await req(o.areaLeader, 'GET', '/frames');
    expect(areaList.json.units).toHaveLength(4);
    expect(areaList.json.frames.map((f: { id: string }) => f.id)).toEqual([area.json.frame.id]);
    expect((await req(o.employeeA, 'GET', '/frames')).json).toEqual({ frames: [], units: [] });
  });

  it('only leaders of the unit (or above) and HR maintain its frames; everyone else gets 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const byHr = await req(o.hr, 'POST', '/frames', { unitId: o.units.instA.id, title: 'Fra HR', ...OPEN });
    expect(byHr.status).toBe(201);
    const id = byHr.json.frame.id;
    expect(
      (await req(o.areaLeader, 'PATCH', `/frames/${id}`, { title: 'Områdelederens', version: 1 })).status,
    ).toBe(200);
    expect((await req(o.leaderA, 'GET', `/frames?unitId=${o.units.instA.id}`)).json.frames).toHaveLength(1);

    for (const outsider of [o.leaderB, o.employeeA, o.colleagueA]) {
      expect(
        (await req(outsider, 'PATCH', `/frames/${id}`, { title: 'Overtaget', version: 2 })).status,
        outsider.name,
      ).toBe(404);
      expect((await req(outsider, 'POST', `/frames/${id}/items`, item('Overtaget'))).status).toBe(404);
      expect((await req(outsider, 'POST', `/frames/${id}/publish`, { version: 2 })).status).toBe(404);
      expect((await req(outsider, 'GET', `/frames?unitId=${o.units.instA.id}`)).status).toBe(404);
      expect(
        (await req(outsider, 'POST', '/frames', { unitId: o.units.instA.id, title: 'Ny', ...OPEN })).status,
      ).toBe(404);
    }
    expect((await req(o.leaderA, 'GET', `/frames/${id}`)).json.frame.title).toBe('Områdelederens');
  });

  it('items are added, edited and removed; publishing needs an item; stale versions are refused', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const f = (await req(o.leaderA, 'POST', '/frames', { unitId: o.units.instA.id, title: 'Tom', ...OPEN }))
      .json.frame;
    const empty = await req(o.leaderA, 'POST', `/frames/${f.id}/publish`, { version: 1 });
    expect(empty.status).toBe(409);
    expect(empty.json.error.reason).toBe('frame_empty');

    const added = await req(o.leaderA, 'POST', `/frames/${f.id}/items`, item('Natur, udeliv og science'));
    expect(added.status).toBe(201);
    const second = await req(o.leaderA, 'POST', `/frames/${f.id}/items`, item('Krop, sanser og bevægelse'));
    const [first, next] = second.json.frame.items;
    expect([first.position, next.position]).toEqual([0, 1]);
    const edited = await req(o.leaderA, 'PATCH', `/frames/${f.id}/items/${next.id}`, {
      title: 'Krop og bevægelse',
      position: 0,
    });
    expect(edited.json.frame.items.map((i: { title: string }) => i.title)).toEqual([
      'Krop og bevægelse',
      'Natur, udeliv og science',
    ]);
    const removed = await req(o.leaderA, 'DELETE', `/frames/${f.id}/items/${first.id}`);
    expect(removed.json.frame.items).toHaveLength(1);
    expect((await req(o.leaderA, 'DELETE', `/frames/${f.id}/items/${first.id}`)).status).toBe(404);
    // Item changes leave the frame's version as it was.
    expect(removed.json.frame.version).toBe(1);

    expect((await req(o.leaderA, 'PATCH', `/frames/${f.id}`, { title: 'Første', version: 1 })).status).toBe(
      200,
    );
    const stale = await req(o.leaderA, 'PATCH', `/frames/${f.id}`, { title: 'Anden', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');
    expect((await req(o.leaderA, 'POST', `/frames/${f.id}/publish`, { version: 1 })).json.error.reason).toBe(
      'stale_version',
    );
    expect((await req(o.leaderA, 'POST', `/frames/${f.id}/publish`, { version: 2 })).status).toBe(200);

    const audit = await env()
      .database.db.select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.entityId, f.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        'frame.created',
        'frame.item_added',
        'frame.item_added',
        'frame.item_updated',
        'frame.item_deleted',
        'frame.updated',
        'frame.published',
      ].sort(),
    );
    expect(audit.every((a) => a.actorId === o.leaderA.id)).toBe(true);
  });

  it('refuses bad input with 400 and other organisations’ ids with 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const other = await buildTwoLayerOrg(env().database.db);
    const base = { unitId: o.units.instA.id, title: 'Ramme', ...OPEN };
    const bad: unknown[] = [
      { ...base, title: '' },
      { ...base, title: 'x'.repeat(201) },
      { ...base, periodStart: '2026-02-30' },
      { ...base, periodStart: '1. marts' },
      { ...base, periodStart: '2026-06-01', periodEnd: '2026-01-01' },
      { ...base, unitId: 'not-a-uuid' },
      { ...base, items: [{ kind: 'wish', title: 'Noget' }] },
      { ...base, items: [item('x'.repeat(201))] },
      { ...base, items: Array.from({ length: 31 }, (_, i) => item(`Punkt ${i}`)) },
    ];
    for (const body of bad) {
      const res = await req(o.leaderA, 'POST', '/frames', body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json.error.code).toBe('VALIDATION');
    }
    const f = (await req(o.leaderA, 'POST', '/frames', base)).json.frame;
    expect(
      (await req(o.leaderA, 'PATCH', `/frames/${f.id}`, { periodEnd: '1999-01-01', version: 1 })).status,
    ).toBe(400);
    expect((await req(o.leaderA, 'PATCH', `/frames/${f.id}`, { title: 'Uden version' })).status).toBe(400);

    const foreign = (
      await req(other.hr, 'POST', '/frames', {
        ...base,
        unitId: other.units.instA.id,
        items: [item('Sprog')],
      })
    ).json.frame;
    expect((await req(o.hr, 'POST', '/frames', { ...base, unitId: other.units.instA.id })).status).toBe(404);
    expect((await req(o.hr, 'GET', `/frames/${foreign.id}`)).status).toBe(404);
    expect(
      (await req(o.hr, 'PATCH', `/frames/${foreign.id}`, { title: 'Overtaget', version: 1 })).status,
    ).toBe(404);
    expect((await req(o.hr, 'DELETE', `/frames/${foreign.id}/items/${foreign.items[0].id}`)).status).toBe(
      404,
    );
    expect((await req(o.hr, 'DELETE', `/frames/${f.id}/items/${foreign.items[0].id}`)).status).toBe(404);
  });
});
