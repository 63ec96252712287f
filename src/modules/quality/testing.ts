// Helpers for the quality tests (not used by the app).
import { expect } from 'vitest';
import type { TestEnv } from '../../../test/engines.js';
import { signInAs, type buildTwoLayerOrg, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';

export type Org = Awaited<ReturnType<typeof buildTwoLayerOrg>>;

/** Calls the API as a person; builds a quality team with its four roles and a weekly measure. */
export function qualityApi(env: () => TestEnv) {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  /** Solsikken's quality team: Dorthe leads it, Erik works in it, Frida (Mælkebøtten) is its expert, Anne its sponsor. */
  async function qualityTeam(o: Org) {
    const created = await req(o.leaderA, 'POST', '/quality/teams', {
      unitId: o.units.instA.id,
      name: 'Kvalitetsteam Solsikken',
      roles: [
        { personId: o.employeeA.id, role: 'team_leader' },
        { personId: o.colleagueA.id, role: 'team_member' },
        { personId: o.employeeB.id, role: 'professional_expert' },
        { personId: o.areaLeader.id, role: 'sponsor' },
      ],
    });
    expect(created.status, created.text).toBe(201);
    return created.json.id as string;
  }

  async function measure(o: Org, teamId: string, overrides: Record<string, unknown> = {}) {
    const created = await req(o.employeeA, 'POST', `/quality/teams/${teamId}/measures`, {
      name: 'Konflikter ved garderoben',
      description: 'Antal konflikter mellem børn i garderoben om eftermiddagen',
      kind: 'count',
      unit: 'konflikter',
      frequency: 'weekly',
      recorder: 'Den, der lukker',
      direction: 'lower',
      minValue: 0,
      maxValue: 100,
      ...overrides,
    });
    expect(created.status, created.text).toBe(201);
    return created.json.measure.id as string;
  }

  /** A development point with one improvement action; returns the action's id. */
  async function action(o: Org, teamId: string) {
    const point = await req(o.employeeA, 'POST', `/quality/teams/${teamId}/points`, {
      title: 'Urolige overgange',
      description: 'Overgangen fra leg til garderobe skaber konflikter',
    });
    expect(point.status, point.text).toBe(201);
    const act = await req(o.colleagueA, 'POST', `/quality/points/${point.json.item.id}/actions`, {
      title: 'Faste makkere i garderoben',
    });
    expect(act.status, act.text).toBe(201);
    return act.json.item.id as string;
  }

  return { req, qualityTeam, measure, action };
}

/** Monday `weeks` weeks after 2026-01-05, as YYYY-MM-DD. */
export const week = (weeks: number) => new Date(Date.UTC(2026, 0, 5 + 7 * weeks)).toISOString().slice(0, 10);
