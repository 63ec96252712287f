import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { mailOutbox } from '../../server/mail/schema.js';
import { parseIcs } from '../conversations/index.js';
import { sendDueWheelReminders } from './index.js';

const entry = (extra: Record<string, unknown> = {}) => ({
  kind: 'collect',
  title: 'Sprogvurderinger, 3-årige',
  data: 'Sprogvurdering; observationer, noter',
  startsOn: '2027-02-01',
  endsOn: '2027-02-26',
  remindDaysBefore: 7,
  ...extra,
});

describeEachEngine('the data year-wheel', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  async function setUp() {
    const o = await buildTwoLayerOrg(env().database.db);
    const forum = await req(o.leaderA, 'POST', '/forums', {
      unitId: o.units.instA.id,
      level: 'intervention',
      name: 'Pædagogisk læringsforum',
      cadenceEvery: 4,
      cadenceUnit: 'week',
      durationMinutes: 90,
      firstMeetingOn: '2027-01-06',
      meetingTime: '13:30',
    });
    expect(forum.status, forum.text).toBe(201);
    return { o, forumId: forum.json.forum.id as string };
  }

  it('the unit’s leaders edit, its people read, everyone else gets 404', async () => {
    const { o, forumId } = await setUp();
    const unit = o.units.instA.id;
    const created = await req(o.leaderA, 'POST', `/units/${unit}/year-wheel/entries`, entry());
    expect(created.status, created.text).toBe(201);
    const discuss = await req(
      o.areaLeader,
      'POST',
      `/units/${unit}/year-wheel/entries`,
      entry({
        kind: 'discuss',
        title: 'Hvad viser sprogdata?',
        startsOn: '2027-03-03',
        endsOn: null,
        forumId,
      }),
    );
    expect(discuss.status, discuss.text).toBe(201);
    expect(discuss.json.entry.forum).toEqual({
      id: forumId,
      name: 'Pædagogisk læringsforum',
      level: 'intervention',
    });

    for (const reader of [o.employeeA, o.colleagueA]) {
      const wheel = await req(reader, 'GET', `/units/${unit}/year-wheel?year=2027`);
      expect(wheel.status).toBe(200);
      expect(wheel.json.can).toEqual({ edit: false });
      expect(wheel.json.entries.map((e: { title: string }) => e.title)).toEqual([
        'Sprogvurderinger, 3-årige',
        'Hvad viser sprogdata?',
      ]);
      // The forum's meetings in 2027 by its cadence: every four weeks from 6 January.
      const forum = wheel.json.forums.find((f: { id: string }) => f.id === forumId);
      expect(forum.meetings.slice(0, 3)).toEqual(['2027-01-06', '2027-02-03', '2027-03-03']);
      expect(forum.meetings).toHaveLength(13);
      expect((await req(reader, 'POST', `/units/${unit}/year-wheel/entries`, entry())).status).toBe(404);
    }
    expect((await req(o.leaderA, 'GET', `/units/${unit}/year-wheel?year=2027`)).json.can).toEqual({
      edit: true,
    });
    const units = await req(o.employeeA, 'GET', '/year-wheel/units');
    expect(units.json.units.map((u: { name: string }) => u.name)).toContain('Børnehuset Solsikken');

    const id = created.json.entry.id;
    for (const outsider of [o.employeeB, o.leaderB, o.hr]) {
      expect((await req(outsider, 'GET', `/units/${unit}/year-wheel`)).status, outsider.name).toBe(404);
      expect((await req(outsider, 'POST', `/units/${unit}/year-wheel/entries`, entry())).status).toBe(404);
      expect(
        (await req(outsider, 'PATCH', `/year-wheel/entries/${id}`, { ...entry(), version: 1 })).status,
      ).toBe(404);
      expect((await req(outsider, 'DELETE', `/year-wheel/entries/${id}`)).status).toBe(404);
      expect((await req(outsider, 'POST', `/units/${unit}/year-wheel/feed`)).status).toBe(404);
    }
    const other = await buildTwoLayerOrg(env().database.db);
    expect((await req(other.leaderA, 'GET', `/units/${unit}/year-wheel`)).status).toBe(404);
    expect((await req(other.areaLeader, 'DELETE', `/year-wheel/entries/${id}`)).status).toBe(404);
    // A forum of another unit cannot be linked.
    const forumB = await req(o.leaderB, 'POST', '/forums', {
      unitId: o.units.instB.id,
      level: 'citizen',
      name: 'Stuemøde',
    });
    expect(
      (
        await req(
          o.leaderA,
          'POST',
          `/units/${unit}/year-wheel/entries`,
          entry({ forumId: forumB.json.forum.id }),
        )
      ).status,
    ).toBe(404);

    // Versioned edits and removal.
    const edited = await req(o.leaderA, 'PATCH', `/year-wheel/entries/${id}`, {
      ...entry({ title: 'Sprog' }),
      version: 1,
    });
    expect(edited.json.entry).toMatchObject({ title: 'Sprog', version: 2 });
    const stale = await req(o.areaLeader, 'PATCH', `/year-wheel/entries/${id}`, { ...entry(), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');
    expect((await req(o.leaderA, 'DELETE', `/year-wheel/entries/${id}`)).status).toBe(200);
    expect((await req(o.leaderA, 'GET', `/units/${unit}/year-wheel?year=2027`)).json.entries).toHaveLength(1);
  });

  it('bad input is a 400 on the field at fault', async () => {
    const { o } = await setUp();
    const unit = o.units.instA.id;
    const cases: [Record<string, unknown>, string][] = [
      [entry({ startsOn: '0000-03-01' }), 'startsOn'],
      [entry({ startsOn: '2027-02-30' }), 'startsOn'],
      [entry({ endsOn: '2027-01-01' }), 'endsOn'],
      [entry({ endsOn: '2028-06-01' }), 'endsOn'],
      [entry({ title: '' }), 'title'],
      [entry({ title: 'x'.repeat(201) }), 'title'],
      [entry({ data: 'x'.repeat(1001) }), 'data'],
      [entry({ kind: 'party' }), 'kind'],
      [entry({ remindDaysBefore: -1 }), 'remindDaysBefore'],
      [entry({ remindDaysBefore: 365 }), 'remindDaysBefore'],
    ];
    for (const [body, field] of cases) {
      const res = await req(o.leaderA, 'POST', `/units/${unit}/year-wheel/entries`, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    expect((await req(o.leaderA, 'GET', `/units/${unit}/year-wheel?year=0`)).status).toBe(400);
  });

  it('the calendar feed is RFC 5545: CRLF, folded, escaped, UIDs, DTSTAMP, Copenhagen times; revoking ends it', async () => {
    const { o, forumId } = await setUp();
    const unit = o.units.instA.id;
    await req(
      o.leaderA,
      'POST',
      `/units/${unit}/year-wheel/entries`,
      entry({
        title:
          'Trivsel; børn, forældre og personale – en lang titel der skal foldes over flere linjer i kalenderen',
        note: 'Linje 1\nLinje 2',
        startsOn: '2026-12-01',
        endsOn: '2026-12-18',
      }),
    );
    await req(
      o.leaderA,
      'POST',
      `/units/${unit}/year-wheel/entries`,
      entry({ kind: 'discuss', title: 'Trivselsdata', startsOn: '2027-01-06', endsOn: null, forumId }),
    );
    const made = await req(o.employeeA, 'POST', `/units/${unit}/year-wheel/feed`);
    expect(made.status).toBe(201);
    const url = new URL(made.json.feed.url);
    expect(url.pathname).toMatch(new RegExp(`^/api/calendar/${o.org.id}/[A-Za-z0-9_-]{43}\\.ics$`));
    expect((await req(o.employeeA, 'GET', `/units/${unit}/year-wheel`)).json.feed).not.toBeNull();

    const res = await call(env().app, 'GET', url.pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = res.text;
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const props = parseIcs(ics);
    expect(props[0]).toEqual({ name: 'BEGIN', params: '', value: 'VCALENDAR' });
    expect(props.find((p) => p.name === 'VERSION')?.value).toBe('2.0');
    expect(props.find((p) => p.name === 'TZID')?.value).toBe('Europe/Copenhagen');
    // Each event has a unique UID and a DTSTAMP in UTC.
    const events = ics
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((e) => parseIcs(`BEGIN:VEVENT${e}`));
    const uids = events.map((e) => e.find((p) => p.name === 'UID')!.value);
    expect(new Set(uids).size).toBe(uids.length);
    for (const e of events) expect(e.find((p) => p.name === 'DTSTAMP')!.value).toMatch(/^\d{8}T\d{6}Z$/);
    const byUid = (prefix: string) =>
      events.find((e) => e.find((p) => p.name === 'UID')!.value.startsWith(prefix))!;
    const collect = events.find((e) =>
      e.some((p) => p.name === 'SUMMARY' && p.value.startsWith('Dataindsamling: Trivsel')),
    )!;
    expect(collect.find((p) => p.name === 'SUMMARY')!.value).toBe(
      'Dataindsamling: Trivsel\\; børn\\, forældre og personale – en lang titel der skal foldes over flere linjer i kalenderen',
    );
    expect(collect.find((p) => p.name === 'DESCRIPTION')!.value).toContain('Linje 1\\nLinje 2');
    expect(collect.find((p) => p.name === 'DTSTART')).toMatchObject({
      params: 'VALUE=DATE',
      value: '20261201',
    });
    // DTEND of a whole-day period is the day after its last day.
    expect(collect.find((p) => p.name === 'DTEND')).toMatchObject({
      params: 'VALUE=DATE',
      value: '20261219',
    });
    // A discussion in a forum with a meeting time: at the forum's local time and for its length.
    const talk = events.find((e) =>
      e.some((p) => p.name === 'SUMMARY' && p.value === 'Drøftes i Pædagogisk læringsforum: Trivselsdata'),
    )!;
    expect(talk.find((p) => p.name === 'DTSTART')).toMatchObject({
      params: 'TZID=Europe/Copenhagen',
      value: '20270106T133000',
    });
    expect(talk.find((p) => p.name === 'DTEND')).toMatchObject({
      params: 'TZID=Europe/Copenhagen',
      value: '20270106T150000',
    });
    const meeting = byUid(`forum-${forumId}-2027-02-03`);
    expect(meeting.find((p) => p.name === 'DTSTART')!.value).toBe('20270203T133000');

    // A new address ends the old; revoking ends the new; a wrong token is 404 like any other.
    const again = await req(o.employeeA, 'POST', `/units/${unit}/year-wheel/feed`);
    expect((await call(env().app, 'GET', url.pathname)).status).toBe(404);
    const second = new URL(again.json.feed.url).pathname;
    expect((await call(env().app, 'GET', second)).status).toBe(200);
    expect((await req(o.employeeA, 'DELETE', `/units/${unit}/year-wheel/feed`)).status).toBe(200);
    expect((await call(env().app, 'GET', second)).status).toBe(404);
    expect((await req(o.employeeA, 'GET', `/units/${unit}/year-wheel`)).json.feed).toBeNull();
    expect((await call(env().app, 'GET', `/api/calendar/${o.org.id}/${'a'.repeat(43)}.ics`)).status).toBe(
      404,
    );
    expect((await call(env().app, 'GET', `/api/calendar/${o.org.id}/short.ics`)).status).toBe(400);

    // A person who leaves the unit loses the feed although it was never revoked.
    const third = new URL((await req(o.colleagueA, 'POST', `/units/${unit}/year-wheel/feed`)).json.feed.url)
      .pathname;
    expect((await call(env().app, 'GET', third)).status).toBe(200);
    await env().database.db.execute(
      `delete from memberships where org_id = '${o.org.id}' and person_id = '${o.colleagueA.id}'` as never,
    );
    expect((await call(env().app, 'GET', third)).status).toBe(404);
  });

  it('reminders go once to each of the unit’s people and leaders, with the entry as a calendar event', async () => {
    const { o } = await setUp();
    const unit = o.units.instA.id;
    const made = await req(
      o.leaderA,
      'POST',
      `/units/${unit}/year-wheel/entries`,
      entry({ startsOn: '2027-02-01', remindDaysBefore: 7 }),
    );
    expect(made.status).toBe(201);
    const db = env().database.db;
    const outbox = () =>
      db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.orgId, o.org.id)));
    const orgIds = [o.org.id];
    // Eight days before: not yet.
    expect(await sendDueWheelReminders(db, env().config, new Date('2027-01-24T08:00:00Z'), { orgIds })).toBe(
      0,
    );
    // Seven days before: the unit's people (the room's and the institution's) and its leader.
    const first = await sendDueWheelReminders(db, env().config, new Date('2027-01-25T08:00:00Z'), { orgIds });
    const mails = (await outbox()).filter((m) => m.subject.includes('Sprogvurderinger'));
    expect(first).toBe(3);
    expect(mails.map((m) => m.to).sort()).toEqual(
      [o.colleagueA.email, o.employeeA.email, o.leaderA.email].sort(),
    );
    expect(mails[0]!.text).toContain(`/year-wheel/${unit}`);
    const invitation = parseIcs(mails[0]!.ics!);
    const vevent = invitation.slice(invitation.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT'));
    expect(vevent.find((p) => p.name === 'DTSTART')).toMatchObject({
      params: 'VALUE=DATE',
      value: '20270201',
    });
    // A second tick the same day and the days after: nothing more.
    expect(await sendDueWheelReminders(db, env().config, new Date('2027-01-25T09:00:00Z'), { orgIds })).toBe(
      0,
    );
    expect(await sendDueWheelReminders(db, env().config, new Date('2027-01-30T09:00:00Z'), { orgIds })).toBe(
      0,
    );
    // Moved to a later day, it reminds again in time for that day.
    await req(o.leaderA, 'PATCH', `/year-wheel/entries/${made.json.entry.id}`, {
      ...entry({ startsOn: '2027-02-15' }),
      version: 1,
    });
    expect(await sendDueWheelReminders(db, env().config, new Date('2027-02-08T08:00:00Z'), { orgIds })).toBe(
      3,
    );
    // After the day, never.
    expect(await sendDueWheelReminders(db, env().config, new Date('2027-02-20T08:00:00Z'), { orgIds })).toBe(
      0,
    );
  });
});
