import { expect, it } from 'vitest';
import { describeEachEngine } from './engines.js';
import { buildTeam, buildTwoLayerOrg, signInAs, type Person } from './factories.js';
import { call } from './http.js';

/*
 * A team's content belongs to its members and the nearest leader(s) of its unit (PRODUCT.md "Who
 * may see what", src/server/policy/team-content.ts). The room has no leader of its own, so the
 * institution's leader is its nearest leader; the area leader above her reads none of the room
 * team's content, through any module — only what is shared upward and the team's structure.
 */
describeEachEngine('a room team’s content: its nearest leader reads it, the area leader does not', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  async function roomTeamWithContent() {
    const o = await buildTwoLayerOrg(env().database.db);
    const team = await buildTeam(env().database.db, o.org, {
      unit: o.units.room,
      kind: 'unit_staff',
      name: 'Rød stues personale',
      members: [o.employeeA, o.colleagueA],
    });
    const conversation = await req(o.leaderA, 'POST', '/conversations', {
      kind: 'team',
      teamId: team.id,
      facilitatorId: o.leaderA.id,
      startsAt: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(),
    });
    expect(conversation.status).toBe(201);
    const conversationId = conversation.json.conversation.id;
    const notes = await req(o.employeeA, 'PATCH', `/conversations/${conversationId}`, {
      version: 1,
      sharedNotes: 'Rød-stue-noter-5521',
    });
    expect(notes.status).toBe(200);
    const goal = await req(o.employeeA, 'POST', '/goals', {
      teamId: team.id,
      title: 'Rolige overgange 5521',
    });
    expect(goal.status).toBe(201);
    const circle = await req(o.employeeA, 'POST', '/circles', { goalId: goal.json.goal.id });
    expect(circle.status).toBe(201);
    const check = await req(o.colleagueA, 'POST', `/teams/${team.id}/safety-checks`, {});
    expect(check.status).toBe(201);
    const plan = await req(o.employeeA, 'POST', '/lever-plans', {
      teamId: team.id,
      title: 'Rød stues læringsmiljø 5521',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      levers: ['peer_coaching'],
    });
    expect(plan.status).toBe(201);
    return {
      o,
      team,
      reads: {
        conversation: `/conversations/${conversationId}`,
        print: `/conversations/${conversationId}/print`,
        agreements: `/agreements?teamId=${team.id}`,
        goal: `/goals/${goal.json.goal.id}`,
        circle: `/circles/${circle.json.circle.id}`,
        safetyChecks: `/teams/${team.id}/safety-checks`,
        leverPlan: `/lever-plans/${plan.json.plan.id}`,
        leverPlansOfTeam: `/lever-plans?teamId=${team.id}`,
        development: `/teams/${team.id}/development`,
        guidelines: `/teams/${team.id}/guidelines`,
      },
    };
  }

  it('the room’s nearest leader reads the conversation, its notes, the circle, the safety check and the lever plan', async () => {
    const { o, reads } = await roomTeamWithContent();
    for (const [what, path] of Object.entries(reads)) {
      expect((await req(o.leaderA, 'GET', path)).status, what).toBe(200);
    }
    expect((await req(o.leaderA, 'GET', reads.conversation)).json.conversation.sharedNotes).toBe(
      'Rød-stue-noter-5521',
    );
    expect((await req(o.leaderA, 'GET', reads.leverPlan)).json.plan.can.edit).toBe(true);
  });

  it('the area leader above gets 404 on every part of it, and finds none of it in her lists', async () => {
    const { o, team, reads } = await roomTeamWithContent();
    for (const [what, path] of Object.entries(reads)) {
      const res = await req(o.areaLeader, 'GET', path);
      expect(res.status, what).toBe(404);
      expect(res.text, what).not.toContain('5521');
    }
    expect(
      (
        await req(o.areaLeader, 'POST', `/conversations/${reads.conversation.split('/')[2]}/agenda`, {
          section: 'other',
          text: 'Ovenfra',
        })
      ).status,
    ).toBe(404);
    expect((await req(o.areaLeader, 'POST', '/goals', { teamId: team.id, title: 'Ovenfra' })).status).toBe(
      404,
    );
    expect((await req(o.areaLeader, 'POST', `/teams/${team.id}/safety-checks`, {})).status).toBe(404);
    for (const list of ['/lever-plans', '/safety-checks/teams', '/lever-actions/overdue']) {
      expect((await req(o.areaLeader, 'GET', list)).text, list).not.toContain(team.id);
    }
    const levers = await req(o.areaLeader, 'GET', '/lever-plans');
    expect(levers.text).not.toContain('5521');
  });

  it('what the team shares upward stays visible above, and so does its structure', async () => {
    const { o, team } = await roomTeamWithContent();
    // A member shares her own goal with the area leader: that one goal, read-only.
    const own = await req(o.employeeA, 'POST', '/goals', { title: 'Mere sprog i garderoben' });
    expect(
      (await req(o.employeeA, 'POST', `/goals/${own.json.goal.id}/shares`, { personId: o.areaLeader.id }))
        .status,
    ).toBe(201);
    expect((await req(o.areaLeader, 'GET', `/goals/${own.json.goal.id}`)).json.relation).toBe('shared');
    // The team's structure is not content: the leader above still sees and staffs it.
    const structure = await req(o.areaLeader, 'GET', `/teams/${team.id}`);
    expect(structure.status).toBe(200);
    expect(structure.json.can).toEqual({
      update: true,
      manageMembers: true,
      delete: true,
      seeDevelopment: false,
    });
    expect((await req(o.areaLeader, 'GET', '/teams')).json.teams.map((t: { id: string }) => t.id)).toContain(
      team.id,
    );
  });
});
