import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { plansOf } from '../../../test/plans.js';
import { seededRandom } from '../../shared/stats/seeded-random.js';
import { loadChartRow } from './chart-statement.js';
import { qualityApi, week } from './testing.js';

/** Weekly scores around 20 (sd 3), as in the run-chart unit tests: seed 1 has no signal, its shifted copy has. */
function randomSeries(length: number): number[] {
  const random = seededRandom(1);
  return Array.from({ length }, () => Math.round(random.normal(20, 3) * 10) / 10);
}

describeEachEngine('quality measures: data points and the run chart', (env) => {
  const { req, qualityTeam, measure, action } = qualityApi(env);

  it('a double tap records once; wrong type, out of range, a future date and a second value for a day are refused on the field', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const teamId = await qualityTeam(o);
    const measureId = await measure(o, teamId);
    const path = `/quality/measures/${measureId}/points`;
    const entry = { on: '2026-03-02', value: 4, clientKey: 'tap-0001-abc' };
    const first = await req(o.colleagueA, 'POST', path, entry);
    expect(first.status, first.text).toBe(201);
    const again = await req(o.colleagueA, 'POST', path, entry);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ point: first.json.point, duplicate: true });
    expect((await req(o.colleagueA, 'GET', `/quality/measures/${measureId}`)).json.points).toHaveLength(1);

    const refused = async (body: Record<string, unknown>, status: number, field: string) => {
      const r = await req(o.colleagueA, 'POST', path, {
        on: '2026-03-09',
        value: 3,
        clientKey: 'tap-0002-abc',
        ...body,
      });
      expect(r.status, r.text).toBe(status);
      expect(r.json.error.issues.map((i: { path: string }) => i.path)).toEqual([field]);
    };
    await refused({ value: 'fire' }, 400, 'value');
    await refused({ value: 2.5 }, 400, 'value');
    await refused({ value: 101 }, 400, 'value');
    await refused({ value: -1 }, 400, 'value');
    await refused({ on: '2999-01-01' }, 400, 'on');
    await refused({ on: '2026-02-30' }, 400, 'on');
    await refused({ on: '2026-03-02' }, 409, 'on');
    expect((await req(o.colleagueA, 'GET', `/quality/measures/${measureId}`)).json.points).toHaveLength(1);
  });

  // PostgreSQL plans a named statement once per connection unless the plans made for particular
  // values look cheaper than the one kept for all: then it plans on every read (test/plans.ts).
  it('the chart statement keeps one plan for every reader: leaders, team members and outsiders alike', async () => {
    if (env().engine !== 'postgres') return;
    const o = await buildTwoLayerOrg(env().database.db);
    const measureId = await measure(o, await qualityTeam(o));
    const readers = [o.employeeA, o.leaderA, o.colleagueA, o.leaderB, o.employeeB, o.areaLeader];
    const plans = await plansOf(env().database.db, 'quality_measure_chart', async (tx) => {
      for (const reader of [...readers, ...readers])
        expect(await loadChartRow(tx, o.org.id, measureId, reader.id)).toMatchObject({ id: measureId });
    });
    // The first five runs on a connection are planned for their values; from then on one plan serves.
    expect(plans.runs).toBe(12);
    expect(plans.custom).toBeLessThanOrEqual(5);
  });

  it('24 weekly points with a shift in the last 8 signal through the API; the unshifted 24 do not; 9 points: no rule applies yet', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const teamId = await qualityTeam(o);
    const score = { kind: 'score', direction: 'higher', minValue: 0, maxValue: 50, unit: 'point' };
    const random = randomSeries(24);
    const shifted = random.map((v, i) => (i >= 16 ? Math.round((v + 9) * 10) / 10 : v));
    const chart = async (values: number[]) => {
      const id = await measure(o, teamId, score);
      for (const [i, value] of values.entries())
        expect(
          (
            await req(o.employeeA, 'POST', `/quality/measures/${id}/points`, {
              on: week(i),
              value,
              clientKey: `k-${id}-${i}`,
            })
          ).status,
        ).toBe(201);
      return { id, answer: (await req(o.employeeA, 'GET', `/quality/measures/${id}`)).json };
    };
    const calm = (await chart(random)).answer;
    expect(calm.phases).toHaveLength(1);
    expect(calm.phases[0]).toMatchObject({ status: 'analysed', n: 24, median: 20.5, signals: [] });
    expect(calm.phases[0].explanation.da[0]).toMatch(/^Ingen signaler/);

    const { id: shiftedId, answer } = await chart(shifted);
    expect(answer.phases[0]).toMatchObject({ status: 'analysed', crossings: 6, crossingsLimit: 8 });
    expect(answer.phases[0].signals).toEqual([{ kind: 'few_crossings', crossings: 6, limit: 8 }]);
    expect(answer.phases[0].explanation.da[0]).toContain('krydser kun midterlinjen 6 gange');

    // A trial linked to the measure is an annotation at its date; a frozen baseline of 16 makes the shift a long run.
    const actionId = await action(o, teamId);
    await req(o.employeeA, 'POST', `/quality/actions/${actionId}/trials`, {
      title: 'Ny morgenrutine',
      startedOn: week(16),
      measureId: shiftedId,
    });
    const frozen = await req(o.employeeA, 'PUT', `/quality/measures/${shiftedId}/baseline`, { points: 16 });
    expect(frozen.json.annotations).toEqual([
      expect.objectContaining({ on: week(16), kind: 'trial', label: 'Ny morgenrutine', startsPhase: false }),
    ]);
    expect(frozen.json.phases[0]).toMatchObject({ frozen: true, baselineCount: 16, longestRun: 9 });
    expect(frozen.json.phases[0].signals[0]).toMatchObject({
      kind: 'long_run',
      side: 'above',
      assessment: 'improvement',
    });

    // A change that starts a phase splits the series: two phases of 16 and 8 — the second too short for the rules.
    const split = await req(o.employeeA, 'POST', `/quality/measures/${shiftedId}/changes`, {
      on: week(16),
      label: 'Ny rutine indført',
      startsPhase: true,
    });
    expect(split.status, split.text).toBe(201);
    expect(
      split.json.phases.map((p: { start: number; n: number; status: string }) => [p.start, p.n, p.status]),
    ).toEqual([
      [0, 16, 'analysed'],
      [16, 8, 'too_few_points'],
    ]);
    expect(split.json.phases[1].explanation.da[0]).toContain('Først ved 10');

    const short = (await chart(random.slice(0, 9))).answer;
    expect(short.phases[0]).toMatchObject({ status: 'too_few_points', n: 9, signals: [] });
  });

  it('two people editing the same trial at once: both saves merge, a field both changed comes back as a conflict, the history keeps all', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const teamId = await qualityTeam(o);
    const actionId = await action(o, teamId);
    const created = await req(o.employeeA, 'POST', `/quality/actions/${actionId}/trials`, {
      title: 'Makkerpar',
      startedOn: '2026-02-02',
    });
    const id = created.json.trial.id;
    const change = (field: string, to: string) => ({
      baseVersion: 1,
      changes: [{ phase: 'plan', field, from: '', to }],
    });
    const [a, b] = await Promise.all([
      req(o.employeeA, 'PATCH', `/quality/trials/${id}`, change('change', 'Faste makkerpar i garderoben')),
      req(o.colleagueA, 'PATCH', `/quality/trials/${id}`, change('prediction', 'Færre konflikter')),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const c = await req(o.employeeB, 'PATCH', `/quality/trials/${id}`, change('change', 'Noget helt andet'));
    expect(c.json.saved).toEqual([]);
    expect(c.json.conflicts).toEqual([
      {
        phase: 'plan',
        field: 'change',
        base: '',
        mine: 'Noget helt andet',
        theirs: 'Faste makkerpar i garderoben',
      },
    ]);
    const now = await req(o.employeeA, 'GET', `/quality/trials/${id}`);
    expect(now.json.inquiry.phases[0].fields).toMatchObject({
      change: 'Faste makkerpar i garderoben',
      prediction: 'Færre konflikter',
    });
    expect(now.json.inquiry.version).toBe(3);
    expect((await req(o.employeeA, 'GET', `/quality/trials/${id}/history`)).json.revisions).toHaveLength(2);

    const bad = await req(o.employeeA, 'PATCH', `/quality/trials/${id}`, {
      baseVersion: 3,
      changes: [{ phase: 'plan', field: 'theme', from: '', to: 'x' }],
    });
    expect(bad.status).toBe(400);
    // No improvement is a result like any other.
    const concluded = await req(o.colleagueA, 'PUT', `/quality/trials/${id}/conclusion`, {
      outcome: 'no_improvement',
      conclusion: 'abandon',
    });
    expect(concluded.json.trial).toMatchObject({ outcome: 'no_improvement', conclusion: 'abandon' });

    // Two conclusions at once from the same empty start: one lands, the other is a 409 and loses nothing.
    const second = (
      await req(o.employeeA, 'POST', `/quality/actions/${created.json.trial.action.id}/trials`, {
        title: 'Stille start',
        startedOn: '2026-02-09',
      })
    ).json.trial.id;
    const [x, y] = await Promise.all([
      req(o.employeeA, 'PUT', `/quality/trials/${second}/conclusion`, {
        outcome: 'improved',
        conclusion: 'adopt',
        seen: null,
      }),
      req(o.colleagueA, 'PUT', `/quality/trials/${second}/conclusion`, {
        outcome: 'no_improvement',
        conclusion: 'abandon',
        seen: null,
      }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const winner = x.status === 200 ? x : y;
    const after = await req(o.employeeA, 'GET', `/quality/trials/${second}`);
    expect(after.json.trial).toMatchObject({
      outcome: winner.json.trial.outcome,
      conclusion: winner.json.trial.conclusion,
    });
    // The same conclusion sent twice (a double tap) is no conflict.
    const repeat = await req(o.employeeA, 'PUT', `/quality/trials/${second}/conclusion`, {
      outcome: winner.json.trial.outcome,
      conclusion: winner.json.trial.conclusion,
      seen: null,
    });
    expect(repeat.status).toBe(200);
  });

  it('data work before, during and after: on the inquiry engine, linked to the team’s measures only', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const teamId = await qualityTeam(o);
    const measureId = await measure(o, teamId);
    const other = await qualityTeam(o);
    const foreign = await measure(o, other);
    const refused = await req(o.employeeA, 'POST', `/quality/teams/${teamId}/data-work`, {
      title: 'Overgange',
      measureIds: [foreign],
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error.issues[0].path).toBe('measureIds.0');
    const created = await req(o.employeeA, 'POST', `/quality/teams/${teamId}/data-work`, {
      title: 'Overgange',
      measureIds: [measureId],
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json.inquiry.phases.map((p: { key: string }) => p.key)).toEqual([
      'before',
      'during',
      'after',
    ]);
    expect(created.json.dataWork.measures[0]).toMatchObject({ id: measureId, points: 0 });
    const saved = await req(o.colleagueA, 'PATCH', `/quality/data-work/${created.json.dataWork.id}`, {
      baseVersion: 1,
      changes: [
        { phase: 'before', field: 'learningFocus', from: '', to: 'Hvordan kan vi gøre overgangen roligere?' },
      ],
      done: [{ phase: 'before', done: true }],
    });
    expect(saved.json.inquiry).toMatchObject({ currentPhase: 'during', version: 2 });
    expect((await req(o.leaderB, 'GET', `/quality/data-work/${created.json.dataWork.id}`)).status).toBe(404);
  });
});
