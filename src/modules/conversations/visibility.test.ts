import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { onceStarted } from '../../../test/clock.js';
import { auditEvents } from '../../server/audit/schema.js';
import { memberships } from '../org/schema.js';

const startsAt = () => new Date(Date.now() + 5 * 24 * 60 * 60 * 1000).toISOString();
const LEADER_SECRET = 'Lederens-hemmelighed-7781';
const EMPLOYEE_SECRET = 'Medarbejderens-hemmelighed-4410';

describeEachEngine('who may see a 1:1 and its private notes', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  /** A held 1:1 with notes, an agreement and a private note from each participant. */
  async function heldOneToOne() {
    const o = await buildTwoLayerOrg(env().database.db);
    const c = (
      await req(o.leaderA, 'POST', '/conversations', {
        kind: 'one_to_one',
        personId: o.employeeA.id,
        startsAt: startsAt(),
        durationMinutes: 30,
      })
    ).json.conversation;
    await req(o.leaderA, 'PATCH', `/conversations/${c.id}`, {
      version: 1,
      sharedNotes: 'Fælles noter om sprog',
    });
    await req(o.employeeA, 'POST', `/conversations/${c.id}/agenda`, {
      section: 'big_and_small',
      text: 'Vagtplanen',
    });
    await req(o.leaderA, 'POST', '/agreements', {
      conversationId: c.id,
      text: 'Aftalen om sprogkursus',
      ownerId: o.employeeA.id,
    });
    expect(
      (await req(o.leaderA, 'PUT', `/conversations/${c.id}/private-note`, { text: LEADER_SECRET })).json
        .privateNote.text,
    ).toBe(LEADER_SECRET);
    expect(
      (await req(o.employeeA, 'PUT', `/conversations/${c.id}/private-note`, { text: EMPLOYEE_SECRET }))
        .status,
    ).toBe(200);
    await onceStarted(c.startsAt, () =>
      req(o.leaderA, 'POST', `/conversations/${c.id}/hold`, { version: 2, summary: 'Kort opsummering' }),
    );
    return { o, id: c.id as string };
  }

  const routes = (o: Awaited<ReturnType<typeof heldOneToOne>>['o'], id: string): [string, string][] => [
    ['GET', `/conversations/${id}`],
    ['GET', `/conversations/${id}/print`],
    ['GET', `/conversations?personId=${o.employeeA.id}`],
    ['GET', `/agreements?personId=${o.employeeA.id}`],
    ['GET', '/conversations'],
    ['GET', '/agreements'],
  ];

  it('each participant reads their own private note and never the other’s, through every route', async () => {
    const { o, id } = await heldOneToOne();
    const leaderView = await req(o.leaderA, 'GET', `/conversations/${id}`);
    expect(leaderView.json.privateNote.text).toBe(LEADER_SECRET);
    const employeeView = await req(o.employeeA, 'GET', `/conversations/${id}`);
    expect(employeeView.json.privateNote.text).toBe(EMPLOYEE_SECRET);
    expect(employeeView.json).toMatchObject({
      conversation: { sharedNotes: 'Fælles noter om sprog', summary: 'Kort opsummering' },
    });
    for (const [method, path] of routes(o, id)) {
      const asLeader = await req(o.leaderA, method, path);
      expect(asLeader.text, `leader ${path}`).not.toContain(EMPLOYEE_SECRET);
      const asEmployee = await req(o.employeeA, method, path);
      expect(asEmployee.text, `employee ${path}`).not.toContain(LEADER_SECRET);
      // The print view holds no private note at all, not even one's own.
      if (path.endsWith('/print')) {
        expect(asLeader.text).not.toContain(LEADER_SECRET);
        expect(asEmployee.text).not.toContain(EMPLOYEE_SECRET);
        expect(asEmployee.json.conversation.summary).toBe('Kort opsummering');
      }
      if (path === '/conversations') expect(asLeader.text).not.toContain('Fælles noter');
    }
  });

  it('another nearest leader reads the 1:1 (audited) but no private note; everyone else gets 404', async () => {
    const { o, id } = await heldOneToOne();
    // A second leader of the employee's institution: also a nearest leader, not a participant.
    const coLeader = await buildPerson(env().database.db, o.org, {
      name: 'Ida Souschef',
      roles: [{ unit: o.units.instA, role: 'leader' }],
    });
    const view = await req(coLeader, 'GET', `/conversations/${id}`);
    expect(view.status).toBe(200);
    expect(view.json).toMatchObject({
      access: 'observer',
      privateNote: null,
      can: { edit: false, move: false, hold: false },
    });
    for (const [method, path] of routes(o, id)) {
      const res = await req(coLeader, method, path);
      expect(res.text, path).not.toContain(LEADER_SECRET);
      expect(res.text, path).not.toContain(EMPLOYEE_SECRET);
    }
    // Reading is not writing.
    expect(
      (await req(coLeader, 'PATCH', `/conversations/${id}`, { version: 3, sharedNotes: 'x' })).status,
    ).toBe(403);
    expect((await req(coLeader, 'PUT', `/conversations/${id}/private-note`, { text: 'x' })).status).toBe(403);
    const reads = await env()
      .database.db.select({
        actorId: auditEvents.actorId,
        subject: auditEvents.subjectPersonId,
        entityType: auditEvents.entityType,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'conversation.read')));
    expect(
      [...new Set(reads.filter((r) => r.actorId === coLeader.id).map((r) => r.entityType))].sort(),
    ).toEqual(['conversation', 'conversation_list', 'conversation_print']);
    expect(reads.every((r) => r.subject === o.employeeA.id)).toBe(true);
    // Participants reading their own 1:1 are not logged as record reads.
    expect(reads.some((r) => r.actorId === o.leaderA.id && r.entityType === 'conversation')).toBe(false);

    const otherOrg = await buildOrg(env().database.db);
    const stranger = await buildPerson(env().database.db, otherOrg, { roles: [] });
    const agreementId = (await req(o.employeeA, 'GET', '/agreements')).json.agreements[0].id;
    const itemId = (await req(o.employeeA, 'GET', `/conversations/${id}`)).json.agenda[0].id;
    for (const outsider of [o.colleagueA, o.hr, o.leaderB, o.areaLeader, o.employeeB, stranger]) {
      for (const [method, path, body] of [
        ['GET', `/conversations/${id}`],
        ['GET', `/conversations/${id}/print`],
        ['GET', `/conversations?personId=${o.employeeA.id}`],
        ['GET', `/agreements?personId=${o.employeeA.id}`],
        ['PATCH', `/conversations/${id}`, { version: 3, sharedNotes: 'Overtaget' }],
        ['POST', `/conversations/${id}/cancel`, { version: 3 }],
        ['POST', `/conversations/${id}/agenda`, { section: 'other', text: 'x' }],
        ['PATCH', `/conversations/${id}/agenda/${itemId}`, { done: true }],
        ['PUT', `/conversations/${id}/private-note`, { text: 'x' }],
        ['POST', '/agreements', { conversationId: id, text: 'x', ownerId: o.employeeA.id }],
        ['PATCH', `/agreements/${agreementId}`, { done: true }],
      ] as [string, string, unknown?][]) {
        const res = await req(outsider, method, path, body);
        expect(res.status, `${outsider.name} ${method} ${path}`).toBe(404);
        expect(res.text).not.toContain('sprog');
      }
      const own = await req(outsider, 'GET', '/conversations');
      expect(own.json.upcoming.concat(own.json.past).map((c: { id: string }) => c.id)).not.toContain(id);
    }
  });

  it('the area leader reads the unit leader’s 1:1 with them, but not the unit leader’s 1:1s with employees', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const mine = (
      await req(o.areaLeader, 'POST', '/conversations', {
        kind: 'one_to_one',
        personId: o.leaderA.id,
        startsAt: startsAt(),
        durationMinutes: 30,
      })
    ).json.conversation;
    const below = (
      await req(o.leaderA, 'POST', '/conversations', {
        kind: 'one_to_one',
        personId: o.employeeA.id,
        startsAt: startsAt(),
        durationMinutes: 30,
      })
    ).json.conversation;
    expect((await req(o.areaLeader, 'GET', `/conversations/${mine.id}`)).json.access).toBe('leader');
    expect((await req(o.areaLeader, 'GET', `/conversations/${below.id}`)).status).toBe(404);
    expect(
      (await req(o.areaLeader, 'GET', `/conversations?personId=${o.leaderA.id}`)).json.upcoming.map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual([mine.id]);
    expect((await req(o.leaderB, 'GET', `/conversations/${mine.id}`)).status).toBe(404);
    expect((await req(o.employeeA, 'GET', `/conversations/${mine.id}`)).status).toBe(404);
  });

  it('a leader who no longer leads the person loses read access unless they took part', async () => {
    const { o, id } = await heldOneToOne();
    const coLeader = await buildPerson(env().database.db, o.org, {
      roles: [{ unit: o.units.instA, role: 'leader' }],
    });
    expect((await req(coLeader, 'GET', `/conversations/${id}`)).status).toBe(200);
    await env()
      .database.db.delete(memberships)
      .where(and(eq(memberships.orgId, o.org.id), eq(memberships.personId, coLeader.id)));
    expect((await req(coLeader, 'GET', `/conversations/${id}`)).status).toBe(404);
  });
});
