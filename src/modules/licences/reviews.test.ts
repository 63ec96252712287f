import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg } from '../../../test/factories.js';
import { mailOutbox } from '../../server/mail/schema.js';
import { licences } from './schema.js';
import { licenceApi } from './testing.js';

const GRANT = {
  observed: 'Dorthe satte sig ved bordet, spurgte ind til børnenes weekend og lod dem øse op selv.',
  decision: 'granted',
  level: 'B',
  reason: 'Hun var vært for måltidet alene, som vi aftalte at se efter.',
};
const NOT_YET = {
  observed: 'Samtalen gik mest mellem de voksne, og børnene ventede længe.',
  decision: 'not_yet',
  reason: 'Børnene blev ikke inddraget i samtalen endnu.',
  nextSteps: 'Du er godt på vej. Vi øver samtalen ved bordet sammen og ser på det igen om en måned.',
};

describeEachEngine('driving licences: practice reviews certify, or say not yet', (env) => {
  const { req, world, mealLicence, plannedReview } = licenceApi(env);

  it('a resource person plans a review (with a calendar invitation), records it and certifies; the licence runs for the set validity', async () => {
    const o = await world();
    const definition = await mealLicence(o);
    const review = await plannedReview(o, definition.id, o.employeeA);
    expect(review).toMatchObject({
      person: { name: 'Dorthe Pædagog' },
      reviewer: { name: 'Karin Ressourceperson' },
      startsAt: '2026-03-02T08:00:00.000Z',
      decision: null,
      can: { decide: false },
    });
    const mails = await env()
      .database.db.select()
      .from(mailOutbox)
      .where(eq(mailOutbox.to, o.employeeA.email!));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Praksisgennemgang: Det pædagogiske måltid');
    expect(mails[0]!.ics).toContain('BEGIN:VEVENT');
    expect(mails[0]!.ics).toContain('DTSTART:20260302T080000Z');

    const opened = await req(o.resource, 'GET', `/practice-reviews/${review.id}`);
    expect(opened.json.review.can.decide).toBe(true);
    const decided = await req(o.resource, 'POST', `/practice-reviews/${review.id}/decision`, {
      ...GRANT,
      issuedOn: '2026-03-02',
    });
    expect(decided.status, decided.text).toBe(200);
    expect(decided.json.review).toMatchObject({
      decision: 'granted',
      level: 'B',
      observed: GRANT.observed,
      licence: { level: 'B', issuedOn: '2026-03-02', expiresOn: '2028-03-02' },
      can: { decide: false },
    });
    const again = await req(o.resource, 'POST', `/practice-reviews/${review.id}/decision`, GRANT);
    expect(again.status).toBe(409);
    expect(again.json.error.reason).toBe('review_decided');

    // Renewal: a later review at A renews the same licence, never a second one.
    const renewal = await plannedReview(o, definition.id, o.employeeA);
    const renewed = await req(o.leaderA, 'POST', `/practice-reviews/${renewal.id}/decision`, {
      ...GRANT,
      level: 'A',
      issuedOn: '2027-01-10',
      expiresOn: null,
    });
    expect(renewed.status, renewed.text).toBe(200);
    expect(renewed.json.review.licence).toMatchObject({
      level: 'A',
      issuedOn: '2027-01-10',
      expiresOn: null,
    });
    const rows = await env()
      .database.db.select()
      .from(licences)
      .where(and(eq(licences.orgId, o.org.id), eq(licences.personId, o.employeeA.id)));
    expect(rows).toHaveLength(1);
  });

  it('a refused review is a recorded, kind result with next steps, and grants nothing', async () => {
    const o = await world();
    const definition = await mealLicence(o);
    const review = await plannedReview(o, definition.id, o.colleagueA);
    const withoutSteps = await req(o.resource, 'POST', `/practice-reviews/${review.id}/decision`, {
      ...NOT_YET,
      nextSteps: '',
    });
    expect(withoutSteps.status).toBe(400);
    expect(withoutSteps.json.error.issues).toContainEqual(expect.objectContaining({ path: 'nextSteps' }));
    const decided = await req(o.resource, 'POST', `/practice-reviews/${review.id}/decision`, NOT_YET);
    expect(decided.status).toBe(200);
    expect(decided.json.review).toMatchObject({
      level: null,
      licence: null,
      ...NOT_YET,
    });
    const mine = await req(o.colleagueA, 'GET', `/licences/people/${o.colleagueA.id}`);
    expect(mine.json).toEqual({ licences: [], gained: [] });
    expect((await req(o.colleagueA, 'GET', `/practice-reviews/${review.id}`)).json.review.nextSteps).toBe(
      NOT_YET.nextSteps,
    );
  });

  it('only a resource person or leader for the task’s unit certifies; everyone else is told why or gets 404', async () => {
    const o = await world();
    const definition = await mealLicence(o);
    // A colleague who can read the licence may not plan a review: the reason says who may.
    const colleague = await req(o.colleagueA, 'POST', `/licence-definitions/${definition.id}/reviews`, {
      personId: o.employeeA.id,
      startsAt: '2026-03-02T09:00:00+01:00',
      focus: 'Samtalen',
    });
    expect(colleague.status).toBe(403);
    expect(colleague.json.error.reason).toBe('not_task_reviewer');
    expect(colleague.json.error.message).toContain('Børnehuset Solsikken');
    // A resource person of the neighbouring institution does not even see the licence.
    const neighbour = await buildPerson(env().database.db, o.org, {
      name: 'Lis Nabo',
      roles: [{ unit: o.units.instB, role: 'resource_person' }],
    });
    expect(
      (
        await req(neighbour, 'POST', `/licence-definitions/${definition.id}/reviews`, {
          personId: o.employeeA.id,
          startsAt: '2026-03-02T09:00:00+01:00',
          focus: 'Samtalen',
        })
      ).status,
    ).toBe(404);
    // Naming a reviewer who is not one, or someone outside the unit, is a 400 on that field.
    const badReviewer = await req(o.leaderA, 'POST', `/licence-definitions/${definition.id}/reviews`, {
      personId: o.employeeA.id,
      reviewerId: o.colleagueA.id,
      startsAt: '2026-03-02T09:00:00+01:00',
      focus: 'Samtalen',
    });
    expect(badReviewer.status).toBe(400);
    expect(badReviewer.json.error.reason).toBe('not_task_reviewer');
    const outside = await req(o.leaderA, 'POST', `/licence-definitions/${definition.id}/reviews`, {
      personId: o.employeeB.id,
      startsAt: '2026-03-02T09:00:00+01:00',
      focus: 'Samtalen',
    });
    expect(outside.status).toBe(400);
    expect(outside.json.error.reason).toBe('licence_person_outside');

    const review = await plannedReview(o, definition.id, o.employeeA);
    // The person reviewed cannot certify themselves; the reason says who may.
    const self = await req(o.employeeA, 'POST', `/practice-reviews/${review.id}/decision`, GRANT);
    expect(self.status).toBe(403);
    expect(self.json.error.reason).toBe('not_task_reviewer');
    // A reviewer who lost the role since planning is refused with the same reason.
    await env().database.db.execute(
      `delete from memberships where person_id = '${o.resource.id}' and role = 'resource_person'`,
    );
    const former = await req(o.resource, 'POST', `/practice-reviews/${review.id}/decision`, GRANT);
    expect(former.status).toBe(403);
    expect(former.json.error.reason).toBe('not_task_reviewer');
    // Unknown level, expiry before issue, a wrong-tenant review: clear 4xx.
    const unknown = await req(o.leaderA, 'POST', `/practice-reviews/${review.id}/decision`, {
      ...GRANT,
      level: 'D',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.issues).toContainEqual(expect.objectContaining({ path: 'level' }));
    const backwards = await req(o.leaderA, 'POST', `/practice-reviews/${review.id}/decision`, {
      ...GRANT,
      issuedOn: '2026-03-02',
      expiresOn: '2026-03-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.json.error.issues).toEqual([
      { path: 'expiresOn', message: 'The licence cannot expire before it is issued' },
    ]);
    const other = await buildTwoLayerOrg(env().database.db);
    expect((await req(other.leaderA, 'POST', `/practice-reviews/${review.id}/decision`, GRANT)).status).toBe(
      404,
    );
    expect((await req(other.leaderA, 'GET', `/practice-reviews/${review.id}`)).status).toBe(404);
    // Nothing of the refused attempts stuck: the review is still undecided.
    expect((await req(o.leaderA, 'GET', `/practice-reviews/${review.id}`)).json.review.decision).toBeNull();
  });

  it('review notes: the person, the reviewer and the nearest leader read them (audited); the rest get 404', async () => {
    const o = await world();
    const definition = await mealLicence(o);
    const review = await plannedReview(o, definition.id, o.employeeA);
    await req(o.resource, 'POST', `/practice-reviews/${review.id}/decision`, GRANT);
    const path = `/practice-reviews/${review.id}`;
    const other = await buildTwoLayerOrg(env().database.db);
    const table: Record<string, number> = {};
    const readers = {
      person: o.employeeA,
      reviewer: o.resource,
      nearestLeader: o.leaderA,
      leaderAbove: o.areaLeader,
      colleague: o.colleagueA,
      hr: o.hr,
      otherUnit: o.leaderB,
      otherOrg: other.leaderA,
    };
    for (const [name, who] of Object.entries(readers)) table[name] = (await req(who, 'GET', path)).status;
    expect(table).toEqual({
      person: 200,
      reviewer: 200,
      nearestLeader: 200,
      leaderAbove: 404,
      colleague: 404,
      hr: 404,
      otherUnit: 404,
      otherOrg: 404,
    });
    const log = await req(o.employeeA, 'GET', '/me/access-log');
    const readersOfMine = log.json.events
      .filter((e: { action: string }) => e.action === 'practice_review.read')
      .map((e: { actor: { name: string } }) => e.actor.name)
      .sort();
    expect(readersOfMine).toEqual(['Bo Leder', 'Karin Ressourceperson']);
    // The definition page lists the review (no notes) to the same three, not to a colleague.
    const listedTo = async (who: typeof o.leaderA) =>
      (await req(who, 'GET', `/licence-definitions/${definition.id}`)).json.reviews.length;
    expect([await listedTo(o.employeeA), await listedTo(o.resource), await listedTo(o.leaderA)]).toEqual([
      1, 1, 1,
    ]);
    expect(await listedTo(o.colleagueA)).toBe(0);
    expect(await listedTo(o.areaLeader)).toBe(0);
  });

  it('two reviewers certifying one person for one task at once end in one licence', async () => {
    const o = await world();
    const definition = await mealLicence(o);
    const first = await plannedReview(o, definition.id, o.employeeA);
    const second = await req(o.leaderA, 'POST', `/licence-definitions/${definition.id}/reviews`, {
      personId: o.employeeA.id,
      startsAt: '2026-03-02T10:00:00+01:00',
      focus: 'Måltidet',
    });
    const results = await Promise.all([
      req(o.resource, 'POST', `/practice-reviews/${first.id}/decision`, GRANT),
      req(o.leaderA, 'POST', `/practice-reviews/${second.json.review.id}/decision`, { ...GRANT, level: 'C' }),
    ]);
    const statuses = results.map((r) => r.status);
    expect(statuses).toContain(200);
    for (const r of results) {
      if (r.status !== 200) {
        expect(r.status).toBe(409);
        expect(r.json.error.reason).toBe('licence_exists');
      }
    }
    const rows = await env()
      .database.db.select()
      .from(licences)
      .where(and(eq(licences.orgId, o.org.id), eq(licences.personId, o.employeeA.id)));
    expect(rows).toHaveLength(1);
  });
});
