import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { onceStarted } from '../../../test/clock.js';
import { mailsTo } from '../../../test/outbox.js';
import { auditEvents } from '../../server/audit/schema.js';
import { localParts } from '../../shared/time.js';
import { nextOneToOne, oneToOneDates, overdueAgreements } from './services/queries.js';

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number, hourUtc = 9) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
};

describeEachEngine('1:1 conversations', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });
  const schedule = (leader: Person, person: Person, days = 7, extra: Record<string, unknown> = {}) =>
    req(leader, 'POST', '/conversations', {
      kind: 'one_to_one',
      personId: person.id,
      startsAt: inDays(days),
      durationMinutes: 45,
      ...extra,
    });

  it('a leader schedules, both prepare, hold it with agreements, and the next date follows the cadence', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const created = await schedule(o.leaderA, o.employeeA, 7, { location: 'Kontoret' });
    expect(created.status).toBe(201);
    const id = created.json.conversation.id;
    expect(created.json).toMatchObject({
      access: 'leader',
      leader: { id: o.leaderA.id },
      subject: { id: o.employeeA.id, name: 'Dorthe Pædagog' },
      conversation: { status: 'planned', location: 'Kontoret', durationMinutes: 45, version: 1 },
      can: { edit: true, move: true, cancel: true, hold: true, scheduleNext: true },
    });
    // Both participants get an invitation with a calendar event.
    for (const p of [o.leaderA, o.employeeA]) {
      const [mail] = await mailsTo(env().database.db, o.org.id, p.email!);
      expect(mail!.ics).toContain('METHOD:REQUEST');
      expect(mail!.text).toContain(`/conversations/${id}`);
    }

    // Both add agenda points in the three sections.
    await req(o.employeeA, 'POST', `/conversations/${id}/agenda`, {
      section: 'goals',
      text: 'Min cirkel om sprog',
    });
    await req(o.leaderA, 'POST', `/conversations/${id}/agenda`, {
      section: 'big_and_small',
      text: 'Ferieplanen',
    });
    const withAgenda = await req(o.employeeA, 'POST', `/conversations/${id}/agenda`, {
      section: 'other',
      text: 'Kursus i foråret',
    });
    expect(withAgenda.status).toBe(201);
    expect(
      withAgenda.json.agenda.map((a: { section: string; mine: boolean }) => [a.section, a.mine]),
    ).toEqual([
      ['goals', true],
      ['big_and_small', false],
      ['other', true],
    ]);
    const item = withAgenda.json.agenda[1];
    const ticked = await req(o.employeeA, 'PATCH', `/conversations/${id}/agenda/${item.id}`, { done: true });
    expect(ticked.json.agenda[1].done).toBe(true);
    // Only the author rewords or removes a point.
    expect(
      (await req(o.employeeA, 'PATCH', `/conversations/${id}/agenda/${item.id}`, { text: 'Andet' })).status,
    ).toBe(403);
    expect((await req(o.employeeA, 'DELETE', `/conversations/${id}/agenda/${item.id}`)).status).toBe(403);
    expect(
      (await req(o.leaderA, 'DELETE', `/conversations/${id}/agenda/${item.id}`)).json.agenda,
    ).toHaveLength(2);

    // Agreements owned by either participant, with a due date; not by anyone else.
    const a1 = await req(o.leaderA, 'POST', '/agreements', {
      conversationId: id,
      text: 'Finde et sprogkursus',
      ownerId: o.leaderA.id,
      dueDate: '2020-01-31',
    });
    expect(a1.status).toBe(201);
    expect(a1.json.agreement).toMatchObject({
      owner: { id: o.leaderA.id },
      dueDate: '2020-01-31',
      done: false,
    });
    const a2 = await req(o.employeeA, 'POST', '/agreements', {
      conversationId: id,
      text: 'Prøve dialogisk læsning',
      ownerId: o.employeeA.id,
    });
    expect(a2.status).toBe(201);
    expect(
      (
        await req(o.leaderA, 'POST', '/agreements', {
          conversationId: id,
          text: 'x',
          ownerId: o.colleagueA.id,
        })
      ).status,
    ).toBe(400);

    // Held, with a summary; the next date is proposed from the cadence (default 8 weeks).
    const version = (await req(o.leaderA, 'GET', `/conversations/${id}`)).json.conversation.version;
    const held = await onceStarted(created.json.conversation.startsAt, () =>
      req(o.leaderA, 'POST', `/conversations/${id}/hold`, { version, summary: 'God snak om sprog.' }),
    );
    expect(held.status).toBe(200);
    expect(held.json.conversation).toMatchObject({ status: 'held', summary: 'God snak om sprog.' });
    expect(held.json.can).toMatchObject({ move: false, cancel: false, hold: false });
    const proposed = new Date(held.json.next.proposedStartsAt);
    const expected = new Date(created.json.conversation.startsAt).getTime() + 8 * 7 * DAY;
    expect(Math.abs(proposed.getTime() - expected)).toBeLessThan(3 * DAY);
    expect(['Sat', 'Sun']).not.toContain(localParts(proposed).weekday);
    expect(localParts(proposed).hour).toBe(10);
    expect((await req(o.employeeA, 'GET', `/conversations/${id}`)).json.conversation.summary).toBe(
      'God snak om sprog.',
    );

    // The next 1:1 opens with last time's agreements; one is marked done there.
    const next = await req(o.leaderA, 'POST', '/conversations', {
      kind: 'one_to_one',
      personId: o.employeeA.id,
      startsAt: held.json.next.proposedStartsAt,
      durationMinutes: 30,
    });
    expect(next.status).toBe(201);
    expect(next.json.previous.id).toBe(id);
    expect(next.json.previousAgreements.map((a: { text: string }) => a.text)).toEqual([
      'Finde et sprogkursus',
      'Prøve dialogisk læsning',
    ]);
    expect(next.json.agreements).toEqual([]);
    const done = await req(o.employeeA, 'PATCH', `/agreements/${a2.json.agreement.id}`, { done: true });
    expect(done.json.agreement.done).toBe(true);

    // The exports other modules read.
    const db = env().database.db;
    const dates = (await oneToOneDates(db, o.org.id, [o.employeeA.id, o.colleagueA.id])).get(o.employeeA.id)!;
    expect(dates.last?.toISOString()).toBe(created.json.conversation.startsAt);
    expect(dates.next?.toISOString()).toBe(next.json.conversation.startsAt);
    expect(
      (await overdueAgreements(db, o.org.id, [o.employeeA.id, o.colleagueA.id], '2026-01-01')).get(
        o.employeeA.id,
      ),
    ).toBe(1);
    expect((await nextOneToOne(db, o.org.id, o.employeeA.id))?.id).toBe(next.json.conversation.id);
    expect(await nextOneToOne(db, o.org.id, o.colleagueA.id)).toBeNull();

    // My list: upcoming and past, for each participant.
    const mine = await req(o.employeeA, 'GET', '/conversations');
    expect(mine.json.upcoming.map((c: { id: string }) => c.id)).toEqual([next.json.conversation.id]);
    expect(mine.json.past.map((c: { id: string; myRole: string }) => [c.id, c.myRole])).toEqual([
      [id, 'subject'],
    ]);
    expect(mine.json.myLeaders.map((l: { id: string }) => l.id)).toEqual([o.leaderA.id]);
    const agreementsList = await req(o.employeeA, 'GET', '/agreements');
    expect(agreementsList.json.agreements.map((a: { done: boolean }) => a.done)).toEqual([false, true]);

    // Every change left an audit row, with ids and no personal content.
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id)));
    const actions = audit.map((a) => a.action);
    for (const action of [
      'conversation.created',
      'agenda_item.created',
      'agenda_item.updated',
      'agenda_item.deleted',
      'agreement.created',
      'agreement.updated',
      'conversation.held',
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain('sprog');
  });

  it('the person may propose a 1:1 with their leader, and an area leader holds 1:1s with unit leaders', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const proposed = await schedule(o.employeeA, o.leaderA);
    expect(proposed.status).toBe(201);
    expect(proposed.json).toMatchObject({
      access: 'subject',
      leader: { id: o.leaderA.id },
      subject: { id: o.employeeA.id },
      can: { scheduleNext: false },
    });

    const area = await schedule(o.areaLeader, o.leaderA);
    expect(area.status).toBe(201);
    expect(area.json).toMatchObject({ leader: { id: o.areaLeader.id }, subject: { id: o.leaderA.id } });
    expect((await req(o.leaderA, 'GET', `/conversations/${area.json.conversation.id}`)).json.access).toBe(
      'subject',
    );
    const fromBelow = await schedule(o.leaderB, o.areaLeader);
    expect(fromBelow.status).toBe(201);
    expect(fromBelow.json.subject.id).toBe(o.leaderB.id);
    // The unit leader's list shows both roles.
    const list = await req(o.leaderA, 'GET', '/conversations');
    expect(list.json.upcoming.map((c: { myRole: string }) => c.myRole).sort()).toEqual(['leader', 'subject']);
  });

  it('nobody schedules a 1:1 outside a leader–person pair', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    for (const [who, whom] of [
      [o.employeeA, o.colleagueA],
      [o.employeeA, o.leaderB],
      [o.employeeA, o.areaLeader],
      [o.areaLeader, o.employeeA],
      [o.leaderB, o.employeeA],
      [o.hr, o.employeeA],
      [o.employeeA, o.employeeA],
    ] as const) {
      expect((await schedule(who, whom)).status, `${who.name} → ${whom.name}`).toBe(404);
    }
    const otherOrg = await buildOrg(env().database.db);
    const stranger = await buildPerson(env().database.db, otherOrg);
    expect((await schedule(o.leaderA, stranger)).status).toBe(404);
    expect((await req(o.leaderA, 'GET', `/cadences/${stranger.id}`)).status).toBe(404);
  });

  it('the cadence is the leader’s to set and proposes the next date', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const fresh = await req(o.leaderA, 'GET', `/cadences/${o.employeeA.id}`);
    expect(fresh.json).toMatchObject({
      cadence: { intervalWeeks: 8, isDefault: true },
      lastHeldAt: null,
      nextPlanned: null,
      can: { edit: true },
    });
    expect(new Date(fresh.json.proposedStartsAt).getTime()).toBeGreaterThan(Date.now());
    const set = await req(o.leaderA, 'PUT', `/cadences/${o.employeeA.id}`, { intervalWeeks: 4 });
    expect(set.json.cadence).toMatchObject({ intervalWeeks: 4, isDefault: false });
    const c = await schedule(o.leaderA, o.employeeA, 10);
    const after = await req(o.leaderA, 'GET', `/cadences/${o.employeeA.id}`);
    expect(after.json.nextPlanned.id).toBe(c.json.conversation.id);
    const gap =
      new Date(after.json.proposedStartsAt).getTime() - new Date(c.json.conversation.startsAt).getTime();
    expect(gap).toBeGreaterThan(27 * DAY);
    expect(gap).toBeLessThan(31 * DAY);
    // The person reads it about their leader, but does not set it.
    const theirs = await req(o.employeeA, 'GET', `/cadences/${o.leaderA.id}`);
    expect(theirs.json).toMatchObject({ cadence: { intervalWeeks: 4 }, can: { edit: false } });
    expect((await req(o.employeeA, 'PUT', `/cadences/${o.leaderA.id}`, { intervalWeeks: 2 })).status).toBe(
      403,
    );
    for (const outsider of [o.colleagueA, o.hr, o.leaderB, o.areaLeader]) {
      expect((await req(outsider, 'GET', `/cadences/${o.employeeA.id}`)).status, outsider.name).toBe(404);
      expect((await req(outsider, 'PUT', `/cadences/${o.employeeA.id}`, { intervalWeeks: 2 })).status).toBe(
        404,
      );
    }
    for (const bad of [
      { intervalWeeks: 0 },
      { intervalWeeks: 53 },
      { intervalWeeks: 2.5 },
      { intervalWeeks: '4' },
      {},
    ]) {
      expect((await req(o.leaderA, 'PUT', `/cadences/${o.employeeA.id}`, bad)).status).toBe(400);
    }
    const audit = await env()
      .database.db.select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'cadence.updated')));
    expect(audit).toHaveLength(1);
  });

  it('a stale save of the shared notes is refused with the current text, and nothing is lost', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const c = (await schedule(o.leaderA, o.employeeA)).json.conversation;
    const first = await req(o.leaderA, 'PATCH', `/conversations/${c.id}`, {
      version: c.version,
      sharedNotes: 'Lederens noter',
    });
    expect(first.json.conversation).toMatchObject({ sharedNotes: 'Lederens noter', version: 2 });
    const second = await req(o.employeeA, 'PATCH', `/conversations/${c.id}`, {
      version: c.version,
      sharedNotes: 'Mine noter',
    });
    expect(second.status).toBe(409);
    expect(second.json.error).toMatchObject({
      reason: 'stale_version',
      current: { sharedNotes: 'Lederens noter', version: 2 },
    });
    const merged = await req(o.employeeA, 'PATCH', `/conversations/${c.id}`, {
      version: 2,
      sharedNotes: 'Lederens noter\nMine noter',
    });
    expect(merged.json.conversation.sharedNotes).toBe('Lederens noter\nMine noter');
  });

  it('refuses bad input with a clear 4xx', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const c = (await schedule(o.leaderA, o.employeeA)).json.conversation;
    const base = { kind: 'one_to_one', personId: o.employeeA.id, startsAt: inDays(3), durationMinutes: 30 };
    for (const bad of [
      { ...base, kind: 'team' },
      { ...base, personId: 'nope' },
      { ...base, startsAt: 'i morgen' },
      { ...base, startsAt: inDays(-3) },
      { ...base, startsAt: inDays(800) },
      { ...base, durationMinutes: 5 },
      { ...base, durationMinutes: 481 },
      { ...base, location: 'x'.repeat(201) },
    ]) {
      expect(
        (await req(o.leaderA, 'POST', '/conversations', bad)).status,
        JSON.stringify(bad).slice(0, 80),
      ).toBe(400);
    }
    const path = `/conversations/${c.id}`;
    expect((await req(o.leaderA, 'PATCH', path, { version: 1 })).status).toBe(400);
    expect(
      (await req(o.leaderA, 'PATCH', path, { version: 1, sharedNotes: 'x'.repeat(20_001) })).status,
    ).toBe(400);
    expect((await req(o.leaderA, 'POST', `${path}/agenda`, { section: 'misc', text: 'x' })).status).toBe(400);
    expect((await req(o.leaderA, 'POST', `${path}/agenda`, { section: 'other', text: '   ' })).status).toBe(
      400,
    );
    expect(
      (await req(o.leaderA, 'POST', `${path}/agenda`, { section: 'other', text: 'x'.repeat(501) })).status,
    ).toBe(400);
    expect((await req(o.leaderA, 'PUT', `${path}/private-note`, { text: 'x'.repeat(20_001) })).status).toBe(
      400,
    );
    const agreement = { conversationId: c.id, text: 'Aftale', ownerId: o.leaderA.id };
    expect(
      (await req(o.leaderA, 'POST', '/agreements', { ...agreement, dueDate: '2026-02-30' })).status,
    ).toBe(400);
    expect(
      (await req(o.leaderA, 'POST', '/agreements', { ...agreement, text: 'x'.repeat(1001) })).status,
    ).toBe(400);
    expect((await req(o.leaderA, 'GET', '/conversations/not-a-uuid')).status).toBe(400);
    // A cancelled conversation cannot be moved, held or cancelled again.
    const cancelled = await req(o.leaderA, 'POST', `${path}/cancel`, { version: 1 });
    expect(cancelled.json.conversation.status).toBe('cancelled');
    expect((await req(o.leaderA, 'POST', `${path}/cancel`, { version: 2 })).json.error.reason).toBe(
      'conversation_closed',
    );
    expect((await req(o.leaderA, 'PATCH', path, { version: 2, startsAt: inDays(9) })).json.error.reason).toBe(
      'conversation_closed',
    );
    expect((await req(o.leaderA, 'POST', `${path}/hold`, { version: 2 })).status).toBe(409);
  });
});
