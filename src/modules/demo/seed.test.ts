import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { call } from '../../../test/http.js';
import type { Db } from '../../server/db/client.js';
import { memberships, organisations, people, teamMembers, teams, units } from '../org/schema.js';
import { DEMO_PASSWORD, DEMO_SLUG, demoAccountEmail } from './data.js';
import { demoSignInText, ensureDemoOrganisation } from './seed.js';

async function loadDemo(db: Db) {
  const org = await db.query.organisations.findFirst({ where: eq(organisations.slug, DEMO_SLUG) });
  if (!org) throw new Error('no demo organisation');
  const [u, p, m, t, tm] = await Promise.all([
    db.select().from(units).where(eq(units.orgId, org.id)),
    db.select().from(people).where(eq(people.orgId, org.id)),
    db.select().from(memberships).where(eq(memberships.orgId, org.id)),
    db.select().from(teams).where(eq(teams.orgId, org.id)),
    db.select().from(teamMembers).where(eq(teamMembers.orgId, org.id)),
  ]);
  return { org, units: u, people: p, memberships: m, teams: t, teamMembers: tm };
}

type Demo = Awaited<ReturnType<typeof loadDemo>>;

/** The nearest leaders by the product's rule, computed from the memberships alone. */
function nearestLeaders(demo: Demo, personId: string): string[] {
  const byId = new Map(demo.units.map((u) => [u.id, u]));
  const leadersOf = (unitId: string) =>
    demo.memberships
      .filter((m) => m.unitId === unitId && m.role === 'leader' && m.personId !== personId)
      .map((m) => m.personId);
  const result = new Set<string>();
  for (const m of demo.memberships.filter((x) => x.personId === personId)) {
    if (!['employee', 'resource_person', 'leader'].includes(m.role)) continue;
    let unitId: string | null = m.role === 'leader' ? (byId.get(m.unitId)?.parentId ?? null) : m.unitId;
    while (unitId) {
      const leaders = leadersOf(unitId);
      if (leaders.length) {
        leaders.forEach((l) => result.add(l));
        break;
      }
      unitId = byId.get(unitId)?.parentId ?? null;
    }
  }
  return [...result];
}

const nameOf = (demo: Demo, id: string) => demo.people.find((p) => p.id === id)?.name;

describeEachEngine('demo organisation', (env) => {
  // The demo is one fixed organisation, so these tests share it: the first creates it.
  it('creates Demo Kommune once and prints how to sign in as each role', async () => {
    const { database, config } = env();
    const text = await ensureDemoOrganisation(database.db, config);
    expect(text).toContain(config.publicUrl);
    expect(text).toContain(DEMO_PASSWORD);
    for (const account of [
      'hr',
      'orgAdmin',
      'areaLeader',
      'institutionLeader',
      'employee',
      'resourcePerson',
    ] as const) {
      expect(text).toContain(demoAccountEmail(account));
    }
    expect(text!.split('\n').length).toBe(8);

    const before = await loadDemo(database.db);
    expect(await ensureDemoOrganisation(database.db, config)).toBeNull();
    // A later start still says how to sign in.
    const again = demoSignInText(config, false);
    expect(again).toContain('earlier start');
    expect(again).toContain(demoAccountEmail('employee'));
    const after = await loadDemo(database.db);
    expect(after.people.length).toBe(before.people.length);
    expect(after.units.length).toBe(before.units.length);
    expect(after.memberships.length).toBe(before.memberships.length);
    expect(after.teams.length).toBe(before.teams.length);
    const orgs = await database.db.select().from(organisations).where(eq(organisations.slug, DEMO_SLUG));
    expect(orgs).toHaveLength(1);
  });

  it('has an administration, one area, three institutions and two rooms, each layer led', async () => {
    const demo = await loadDemo(env().database.db);
    expect(demo.org.name).toBe('Demo Kommune');
    const kinds = (kind: string) => demo.units.filter((u) => u.kind === kind);
    const [admin] = kinds('administration');
    const [area] = kinds('area');
    expect(kinds('administration')).toHaveLength(1);
    expect(admin!.parentId).toBeNull();
    expect(kinds('area')).toHaveLength(1);
    expect(area!.name).toBe('Område Syd');
    expect(area!.parentId).toBe(admin!.id);
    const institutions = kinds('institution');
    expect(institutions.map((u) => u.name).sort()).toEqual([
      'Børnehuset Mariehønen',
      'Plejecenter Lærkebo',
      'Skovbrynet Skole',
    ]);
    expect(institutions.every((u) => u.parentId === area!.id)).toBe(true);
    const daycare = institutions.find((u) => u.name === 'Børnehuset Mariehønen')!;
    const rooms = kinds('department');
    expect(rooms).toHaveLength(2);
    expect(rooms.every((r) => r.parentId === daycare.id)).toBe(true);

    const leadersIn = (unitId: string) =>
      demo.memberships.filter((m) => m.unitId === unitId && m.role === 'leader');
    expect(leadersIn(area!.id)).toHaveLength(1);
    for (const inst of institutions) expect(leadersIn(inst.id)).toHaveLength(1);
    const roleCount = (role: string) =>
      new Set(demo.memberships.filter((m) => m.role === role).map((m) => m.personId)).size;
    expect(roleCount('hr')).toBe(1);
    expect(roleCount('org_admin')).toBe(1);
    // The school's resource person and the care home's, who certifies its driving licences.
    expect(roleCount('resource_person')).toBe(2);
    expect(roleCount('learning_partner')).toBe(1);
    expect(roleCount('employee')).toBeGreaterThanOrEqual(30);
    expect(demo.people.length).toBeGreaterThanOrEqual(40);
  });

  it('gives everyone a Danish name, job title, unique employee number and demo address', async () => {
    const demo = await loadDemo(env().database.db);
    for (const p of demo.people) {
      expect(p.name).toMatch(/^[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+$/);
      expect(p.jobTitle).toBeTruthy();
      expect(p.email).toMatch(/^[a-z]+\.[a-z]+@demo\.mup\.dk$/);
      expect(p.passwordHash).toBeTruthy();
    }
    expect(new Set(demo.people.map((p) => p.employeeNumber)).size).toBe(demo.people.length);
    expect(new Set(demo.people.map((p) => p.email)).size).toBe(demo.people.length);
    // Everyone shares one hash: the demo password was hashed once.
    expect(new Set(demo.people.map((p) => p.passwordHash)).size).toBe(1);
    const titles = new Set(demo.people.map((p) => p.jobTitle));
    for (const title of ['Pædagog', 'Pædagogmedhjælper', 'Lærer', 'Social- og sundhedsassistent'])
      expect(titles).toContain(title);
  });

  it('derives the nearest leaders on both layers from the memberships', async () => {
    const demo = await loadDemo(env().database.db);
    const byEmail = (account: Parameters<typeof demoAccountEmail>[0]) =>
      demo.people.find((p) => p.email === demoAccountEmail(account))!;
    const leaderOfUnit = (name: string) => {
      const unit = demo.units.find((u) => u.name === name)!;
      return demo.memberships.find((m) => m.unitId === unit.id && m.role === 'leader')!.personId;
    };
    const areaLeader = leaderOfUnit('Område Syd');
    const daycareLeader = leaderOfUnit('Børnehuset Mariehønen');
    const schoolLeader = leaderOfUnit('Skovbrynet Skole');
    const careLeader = leaderOfUnit('Plejecenter Lærkebo');

    // The employee sits in a room without its own leader: the daycare's leader is nearest.
    expect(nearestLeaders(demo, byEmail('employee').id)).toEqual([daycareLeader]);
    expect(nearestLeaders(demo, byEmail('resourcePerson').id)).toEqual([schoolLeader]);
    // One layer up: the institution leaders are led by the area leader.
    for (const leader of [daycareLeader, schoolLeader, careLeader])
      expect(nearestLeaders(demo, leader)).toEqual([areaLeader]);
    expect(byEmail('institutionLeader').id).toBe(daycareLeader);
    expect(byEmail('areaLeader').id).toBe(areaLeader);

    // Every employee has exactly one nearest leader, the leader of their own institution.
    const employees = demo.memberships.filter((m) => m.role === 'employee');
    for (const m of employees) {
      const leaders = nearestLeaders(demo, m.personId);
      expect(leaders, nameOf(demo, m.personId)).toHaveLength(1);
      expect([daycareLeader, schoolLeader, careLeader]).toContain(leaders[0]);
    }
  });

  it('has a room staff group, a subject team and a peer group of the institution leaders', async () => {
    const demo = await loadDemo(env().database.db);
    const membersOf = (kind: string) => {
      const team = demo.teams.find((t) => t.kind === kind)!;
      return { team, members: demo.teamMembers.filter((m) => m.teamId === team.id).map((m) => m.personId) };
    };
    const staff = membersOf('unit_staff');
    const room = demo.units.find((u) => u.id === staff.team.unitId)!;
    expect(room.kind).toBe('department');
    const roomStaff = demo.memberships
      .filter((m) => m.unitId === room.id && m.role === 'employee')
      .map((m) => m.personId);
    expect(staff.members.sort()).toEqual(roomStaff.sort());

    const subject = membersOf('subject');
    expect(demo.units.find((u) => u.id === subject.team.unitId)!.name).toBe('Skovbrynet Skole');
    expect(subject.members.length).toBeGreaterThanOrEqual(3);

    const peers = membersOf('leader_peer_group');
    expect(peers.team.unitId).toBeNull();
    const institutionLeaders = demo.memberships
      .filter((m) => m.role === 'leader' && demo.units.find((u) => u.id === m.unitId)!.kind === 'institution')
      .map((m) => m.personId);
    expect(peers.members.sort()).toEqual(institutionLeaders.sort());
  });

  it('lets the demo HR person sign in with the printed password', async () => {
    const { app, database } = env();
    const res = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: demoAccountEmail('hr'), password: DEMO_PASSWORD, organisation: DEMO_SLUG },
    });
    expect(res.status).toBe(200);
    const cookie = /mup_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
    const me = await call(app, 'GET', '/api/auth/me', { headers: { cookie } });
    expect(me.json.organisation.slug).toBe(DEMO_SLUG);
    expect(me.json.memberships.map((m: { role: string }) => m.role)).toEqual(['hr']);
    const [hr] = await database.db
      .select()
      .from(people)
      .where(and(eq(people.orgId, me.json.organisation.id), eq(people.email, demoAccountEmail('hr'))));
    expect(hr!.lastSignInAt).not.toBeNull();
  });

  it('holds two closed survey rounds whose heat map and scatter HR can read', async () => {
    const { app } = env();
    const res = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: demoAccountEmail('hr'), password: DEMO_PASSWORD, organisation: DEMO_SLUG },
    });
    const cookie = /mup_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
    const rounds = await call(app, 'GET', '/api/surveys/rounds', { headers: { cookie } });
    expect(rounds.json.rounds.map((r: { title: string }) => r.title)).toEqual([
      'Social kapital – efterår',
      'Social kapital – forår',
    ]);
    const id = rounds.json.rounds[0].id;
    const heat = await call(app, 'GET', `/api/surveys/rounds/${id}/results`, { headers: { cookie } });
    expect(heat.json.groups.length).toBeGreaterThanOrEqual(3);
    expect(heat.json.organisation.respondents).toBeGreaterThan(20);
    const rel = await call(
      app,
      'GET',
      `/api/surveys/rounds/${id}/relationship?x=socialCapital&y=learningCommunity`,
      {
        headers: { cookie },
      },
    );
    expect(rel.json.points.length).toBe(heat.json.groups.length);
  });
});
