import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, type Person } from '../../../test/factories.js';
import { mailsTo } from '../../../test/outbox.js';
import { auditEvents } from '../../server/audit/schema.js';
import { libraryApi, pkg } from './testing.js';

describeEachEngine('the library: packages attached to conversations, frames and meetings', (env) => {
  const { req, teamConversation } = libraryApi(env);

  it('attaching to a team conversation: its people see it, a newer version shows what changed until taken in', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const { conversation } = await teamConversation(o);
    const id = (await req(o.hr, 'POST', '/library/packages', pkg())).json.package.id;
    const target = `/library/attachments?entityKind=conversation&entityId=${conversation.id}`;

    // HR sees neither the team's conversation nor what is attached to it.
    expect((await req(o.hr, 'GET', target)).status).toBe(404);
    expect(
      (
        await req(o.hr, 'POST', '/library/attachments', {
          entityKind: 'conversation',
          entityId: conversation.id,
          packageId: id,
        })
      ).status,
    ).toBe(404);

    const attached = await req(o.leaderA, 'POST', '/library/attachments', {
      entityKind: 'conversation',
      entityId: conversation.id,
      packageId: id,
    });
    expect(attached.status).toBe(201);
    await req(o.leaderA, 'POST', '/library/attachments', {
      entityKind: 'conversation',
      entityId: conversation.id,
      builtInKey: 'good-colleague',
    });
    const again = await req(o.leaderA, 'POST', '/library/attachments', {
      entityKind: 'conversation',
      entityId: conversation.id,
      packageId: id,
    });
    expect(again.status).toBe(409);

    // A member of the team sees both; someone in another institution does not.
    const seen = await req(o.colleagueA, 'GET', target);
    expect(seen.status).toBe(200);
    expect(seen.json.attachments.map((a: { package: { title: string } }) => a.package.title)).toEqual([
      'Gode samtaler i teamet',
      'Den gode kollega',
    ]);
    expect(seen.json.attachments[0].update).toBeNull();
    expect((await req(o.employeeB, 'GET', target)).status).toBe(404);

    // HR updates the package: the attachment shows the note and the changed lines.
    await req(o.hr, 'PUT', `/library/packages/${id}`, {
      ...pkg({ body: `${pkg().body}\n- Opsummér til sidst` }),
      version: 1,
      changeNote: 'Nyt punkt: opsummering',
    });
    const updated = (await req(o.employeeA, 'GET', target)).json.attachments[0];
    expect(updated.version).toBe(1);
    expect(updated.package.version).toBe(2);
    expect(updated.update.notes.map((n: { changeNote: string }) => n.changeNote)).toEqual([
      'Nyt punkt: opsummering',
    ]);
    expect(updated.update.lines).toContainEqual({ op: 'added', text: '- Opsummér til sidst' });

    const taken = await req(o.employeeA, 'POST', `/library/attachments/${updated.id}/take-update`);
    expect(taken.status).toBe(200);
    expect(taken.json.attachments[0]).toMatchObject({ version: 2, update: null });

    const detached = await req(o.leaderA, 'DELETE', `/library/attachments/${updated.id}`);
    expect(detached.json.attachments).toHaveLength(1);
    expect((await req(o.hr, 'DELETE', `/library/attachments/${seen.json.attachments[1].id}`)).status).toBe(
      404,
    );

    const audit = await env()
      .database.db.select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.entityId, conversation.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        'library_attachment.created',
        'library_attachment.created',
        'library_attachment.updated',
        'library_attachment.deleted',
      ].sort(),
    );
  });

  it('frames: the unit’s people see a published frame’s packages, its leaders attach; unknown kinds are 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const frame = (
      await req(o.leaderA, 'POST', '/frames', {
        unitId: o.units.instA.id,
        title: 'Rammen',
        periodStart: '2000-01-01',
        periodEnd: '2199-12-31',
        items: [{ kind: 'focus_area', title: 'Sprog' }],
      })
    ).json.frame;
    const attach = (who: Person) =>
      req(who, 'POST', '/library/attachments', {
        entityKind: 'frame',
        entityId: frame.id,
        builtInKey: 'leader-reflection',
      });
    expect((await attach(o.employeeA)).status).toBe(404); // a draft is the leader's
    expect((await attach(o.leaderA)).status).toBe(201);
    await req(o.leaderA, 'POST', `/frames/${frame.id}/publish`, { version: 1 });
    expect((await attach(o.employeeA)).status).toBe(403);
    const seen = await req(o.employeeA, 'GET', `/library/attachments?entityKind=frame&entityId=${frame.id}`);
    expect(seen.json).toMatchObject({
      can: { attach: false },
      attachments: [{ package: { builtInKey: 'leader-reflection' } }],
    });
    expect(
      (await req(o.employeeB, 'GET', `/library/attachments?entityKind=frame&entityId=${frame.id}`)).status,
    ).toBe(404);
    expect(
      (await req(o.leaderA, 'GET', `/library/attachments?entityKind=initiative&entityId=${frame.id}`)).status,
    ).toBe(404);
    expect(
      (await req(o.leaderA, 'GET', `/library/attachments?entityKind=Frame!&entityId=${frame.id}`)).status,
    ).toBe(400);
    expect(
      (await req(o.leaderA, 'POST', '/library/attachments', { entityKind: 'frame', entityId: frame.id }))
        .status,
    ).toBe(400);
    expect(
      (
        await req(o.leaderA, 'POST', '/library/attachments', {
          entityKind: 'frame',
          entityId: frame.id,
          builtInKey: 'nope',
        })
      ).status,
    ).toBe(404);
  });

  it('a new version reaches the digest of whoever attached the package, with the note and where to see it', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const { conversation } = await teamConversation(o);
    const id = (await req(o.hr, 'POST', '/library/packages', pkg())).json.package.id;
    await req(o.leaderA, 'POST', '/library/attachments', {
      entityKind: 'conversation',
      entityId: conversation.id,
      packageId: id,
    });
    await req(o.hr, 'PUT', `/library/packages/${id}`, {
      ...pkg({ body: `${pkg().body}\n- Opsummér` }),
      version: 1,
      changeNote: 'Nyt punkt: opsummering',
    });
    expect((await req(o.leaderA, 'POST', '/reminders/digest')).status).toBe(200);
    const [mail] = await mailsTo(env().database.db, o.org.id, o.leaderA.email!);
    expect(mail!.text).toContain('Nye versioner af læringspakker, du bruger');
    expect(mail!.text).toContain('Gode samtaler i teamet: version 1 → 2');
    expect(mail!.text).toContain('Nyt punkt: opsummering');
    expect(mail!.text).toContain(`/conversations/${conversation.id}`);
  });

  it('a forum meeting: the unit’s people see its packages, its facilitators attach', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const forum = await req(o.leaderA, 'POST', '/forums', {
      unitId: o.units.instA.id,
      level: 'intervention',
      name: 'Personalemøde',
      purpose: 'Fælles refleksion',
      form: 'Fast struktur',
      cadenceEvery: 2,
      cadenceUnit: 'week',
      durationMinutes: 45,
      participants: 'Alle pædagoger',
      content: 'Data og refleksion',
      data: 'Observationer',
    });
    expect(forum.status).toBe(201);
    const meeting = await req(o.leaderA, 'POST', `/forums/${forum.json.forum.id}/meetings`, {
      heldOn: '2026-03-02',
    });
    expect(meeting.status).toBe(201);
    const target = { entityKind: 'forum_meeting', entityId: meeting.json.meeting.id };
    const path = `/library/attachments?entityKind=forum_meeting&entityId=${target.entityId}`;
    expect(
      (await req(o.colleagueA, 'POST', '/library/attachments', { ...target, builtInKey: 'good-colleague' }))
        .status,
    ).toBe(403);
    expect(
      (await req(o.leaderA, 'POST', '/library/attachments', { ...target, builtInKey: 'good-colleague' }))
        .status,
    ).toBe(201);
    expect((await req(o.colleagueA, 'GET', path)).json.attachments).toHaveLength(1);
    expect((await req(o.employeeB, 'GET', path)).status).toBe(404);
    expect((await req(o.hr, 'GET', path)).status).toBe(404);
  });
});
