import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, type Person } from '../../../test/factories.js';
import { DEFAULT_REMINDER_SETTINGS } from '../reminders/constants.js';
import { gatherDigest } from '../reminders/digest/gather.js';
import { digestMail } from '../reminders/digest/mail.js';
import { addDays, localDay } from '../../shared/time.js';
import { licenceApi } from './testing.js';

describeEachEngine('driving licences: the board, assigning a task, one’s own licences, the digest', (env) => {
  const { req, world, mealLicence, plannedReview } = licenceApi(env);

  async function certify(
    o: Awaited<ReturnType<typeof world>>,
    definitionId: string,
    who: Person,
    level: string,
    dates: { issuedOn: string; expiresOn: string | null },
  ) {
    const review = await plannedReview(o, definitionId, who);
    const r = await req(o.resource, 'POST', `/practice-reviews/${review.id}/decision`, {
      observed: 'Set ved frokosten.',
      decision: 'granted',
      level,
      reason: 'Som aftalt.',
      ...dates,
    });
    expect(r.status, r.text).toBe(200);
  }

  it('shows holders and levels with valid / expiring / expired, and where the department is short', async () => {
    const o = await world();
    const definition = await mealLicence(o, { neededHolders: 3 });
    const today = localDay(new Date());
    await certify(o, definition.id, o.employeeA, 'B', {
      issuedOn: addDays(today, -10),
      expiresOn: addDays(today, 400),
    });
    await certify(o, definition.id, o.colleagueA, 'A', {
      issuedOn: addDays(today, -700),
      expiresOn: addDays(today, 30),
    });
    await certify(o, definition.id, o.leaderA, 'B', {
      issuedOn: addDays(today, -800),
      expiresOn: addDays(today, -1),
    });

    const board = await req(o.employeeA, 'GET', `/licence-boards/${o.units.instA.id}`);
    expect(board.status).toBe(200);
    expect(board.json.definitions).toEqual([
      expect.objectContaining({
        task: 'Det pædagogiske måltid',
        requiredLevel: 'B',
        neededHolders: 3,
        holders: 2,
        short: 1,
      }),
    ]);
    const cells = Object.fromEntries(
      board.json.people.map((p: { name: string; cells: { level: string; status: string }[] }) => [
        p.name,
        [p.cells[0]!.level, p.cells[0]!.status],
      ]),
    );
    expect(cells).toEqual({
      'Bo Leder': ['B', 'expired'],
      'Dorthe Pædagog': ['B', 'valid'],
      'Erik Pædagog': ['A', 'expiring'],
      'Karin Ressourceperson': [null, null],
    });
    // Holders and levels only: nothing of the reviews' notes is on the board.
    expect(board.text).not.toContain('Set ved frokosten');
    expect(board.json.can.assign).toBe(false);
    expect((await req(o.leaderA, 'GET', `/licence-boards/${o.units.instA.id}`)).json.can.assign).toBe(true);
    // The room's board shows the institution's licence for the room's people.
    const room = await req(o.employeeA, 'GET', `/licence-boards/${o.units.room.id}`);
    expect(room.json.people.map((p: { name: string }) => p.name)).toEqual(['Dorthe Pædagog']);

    const other = await buildTwoLayerOrg(env().database.db);
    for (const outsider of [o.hr, o.leaderB, o.employeeB, other.leaderA]) {
      expect((await req(outsider, 'GET', `/licence-boards/${o.units.instA.id}`)).status, outsider.name).toBe(
        404,
      );
    }

    // Their own licences, and the year's gained ones, for the person and their nearest leader only.
    const mine = await req(o.colleagueA, 'GET', `/licences/people/${o.colleagueA.id}`);
    expect(mine.json.licences).toEqual([
      expect.objectContaining({
        level: 'A',
        status: 'expiring',
        definition: expect.objectContaining({ task: 'Det pædagogiske måltid' }),
      }),
    ]);
    expect(mine.json.gained).toEqual([
      expect.objectContaining({ task: 'Det pædagogiske måltid', level: 'A' }),
    ]);
    expect((await req(o.leaderA, 'GET', `/licences/people/${o.colleagueA.id}`)).status).toBe(200);
    for (const outsider of [o.employeeA, o.areaLeader, o.hr, other.leaderA]) {
      expect((await req(outsider, 'GET', `/licences/people/${o.colleagueA.id}`)).status, outsider.name).toBe(
        404,
      );
    }
    const lastYear = await req(o.colleagueA, 'GET', `/licences/people/${o.colleagueA.id}?year=2001`);
    expect(lastYear.json.gained).toEqual([]);

    // The digest reminds the holder of a licence expiring within 90 days, in their language.
    const digest = await gatherDigest(
      env().database.db,
      o.org.id,
      o.colleagueA.id,
      { ...DEFAULT_REMINDER_SETTINGS, lastDigestAt: null } as never,
      new Date(),
    );
    expect(digest.expiringLicences).toEqual([
      expect.objectContaining({ task: 'Det pædagogiske måltid', level: 'A', expiresOn: addDays(today, 30) }),
    ]);
    const mail = digestMail('da', 'Erik', digest, 'https://mup.test');
    expect(mail.text).toContain('Kørekort, der snart udløber');
    expect(mail.text).toContain('Det pædagogiske måltid (kørekort A) udløber');
    expect(mail.text).toContain('https://mup.test/licences');
    const valid = await gatherDigest(
      env().database.db,
      o.org.id,
      o.employeeA.id,
      { ...DEFAULT_REMINDER_SETTINGS, lastDigestAt: null } as never,
      new Date(),
    );
    expect(valid.expiringLicences).toEqual([]);
  });

  it('assigning below the required level is refused or warned about, as the workplace set it', async () => {
    const o = await world();
    const refuse = await mealLicence(o);
    const today = localDay(new Date());
    await certify(o, refuse.id, o.employeeA, 'C', { issuedOn: today, expiresOn: null });
    const refused = await req(o.leaderA, 'POST', `/licence-definitions/${refuse.id}/assignments`, {
      personId: o.employeeA.id,
      confirmBelow: true,
    });
    expect(refused.status).toBe(409);
    expect(refused.json.error.reason).toBe('below_required_level');
    expect(refused.json.error.message).toContain('level B');

    const warn = await mealLicence(o, { task: 'Aflevering om morgenen', belowRequired: 'warn' });
    const unconfirmed = await req(o.leaderA, 'POST', `/licence-definitions/${warn.id}/assignments`, {
      personId: o.colleagueA.id,
    });
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.json.error.reason).toBe('below_required_confirm');
    const confirmed = await req(o.leaderA, 'POST', `/licence-definitions/${warn.id}/assignments`, {
      personId: o.colleagueA.id,
      confirmBelow: true,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.assignment).toMatchObject({ personId: o.colleagueA.id, belowRequired: true });

    // At the required level, no warning; the board marks who carries the task.
    await certify(o, refuse.id, o.colleagueA, 'B', { issuedOn: today, expiresOn: null });
    const fine = await req(o.leaderA, 'POST', `/licence-definitions/${refuse.id}/assignments`, {
      personId: o.colleagueA.id,
    });
    expect(fine.status).toBe(200);
    expect(fine.json.assignment.belowRequired).toBe(false);
    const board = await req(o.leaderA, 'GET', `/licence-boards/${o.units.instA.id}`);
    const erik = board.json.people.find((p: { name: string }) => p.name === 'Erik Pædagog');
    expect(erik.cells.map((c: { assigned: boolean }) => c.assigned)).toEqual([true, true]);

    // Only leaders assign; someone outside the unit cannot be assigned.
    expect(
      (
        await req(o.resource, 'POST', `/licence-definitions/${refuse.id}/assignments`, {
          personId: o.colleagueA.id,
        })
      ).status,
    ).toBe(403);
    const outside = await req(o.leaderA, 'POST', `/licence-definitions/${refuse.id}/assignments`, {
      personId: o.employeeB.id,
    });
    expect(outside.status).toBe(400);
    expect(outside.json.error.reason).toBe('licence_person_outside');
  });
});
