import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { qualityApi, type Org } from './testing.js';

/*
 * The team page's forms send one Idempotency-Key per opening (add-forms.tsx): a double tap on
 * "save", or the same form sent again after a lost answer, must leave one record, whether the two
 * arrive one after the other or at the same moment.
 */
describeEachEngine('quality: a create sent twice with its key makes one record', (env) => {
  const { req, qualityTeam, measure, action } = qualityApi(env);
  const db = () => env().database.db;
  const send = async (who: Person, path: string, body: unknown, key: string) =>
    call(env().app, 'POST', `/api${path}`, {
      as: await signInAs(db(), env().config, who),
      body,
      headers: { 'idempotency-key': key },
    });
  const team = async (o: Org, teamId: string) => {
    const r = await req(o.employeeA, 'GET', `/quality/teams/${teamId}`);
    expect(r.status, r.text).toBe(200);
    return r.json as {
      points: { title: string; actions: { title: string; trials: { title: string }[] }[] }[];
      measures: { name: string }[];
    };
  };
  const titles = (items: { title: string }[]) => items.map((i) => i.title);

  it('a development point, an improvement action, a trial and a measure, each sent twice in a row', async () => {
    const o = await buildTwoLayerOrg(db());
    const teamId = await qualityTeam(o);
    const twice = async (path: string, body: unknown, key: string) => {
      const first = await send(o.employeeA, path, body, key);
      const second = await send(o.employeeA, path, body, key);
      expect(first.status, first.text).toBe(201);
      expect(second.status, second.text).toBe(201);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(second.json).toEqual(first.json);
      return first.json;
    };
    const point = await twice(
      `/quality/teams/${teamId}/points`,
      { title: 'Lange ventetider' },
      'point-key-0001',
    );
    const act = await twice(
      `/quality/points/${point.item.id}/actions`,
      { title: 'Fast plan for modtagelsen' },
      'action-key-0001',
    );
    await twice(
      `/quality/actions/${act.item.id}/trials`,
      { title: 'Modtagelse ved døren i to uger', startedOn: '2026-03-02', measureId: null },
      'trial-key-0001',
    );
    const measureBody = {
      name: 'Minutter til første aktivitet',
      description: '',
      kind: 'score',
      unit: 'minutter',
      frequency: 'weekly',
      recorder: 'Morgenvagten',
      direction: 'lower',
      minValue: 0,
      maxValue: 120,
    };
    await twice(`/quality/teams/${teamId}/measures`, measureBody, 'measure-key-0001');

    const after = await team(o, teamId);
    expect(titles(after.points)).toEqual(['Lange ventetider']);
    expect(titles(after.points[0]!.actions)).toEqual(['Fast plan for modtagelsen']);
    expect(titles(after.points[0]!.actions[0]!.trials)).toEqual(['Modtagelse ved døren i to uger']);
    expect(after.measures.map((m) => m.name)).toEqual(['Minutter til første aktivitet']);

    // A new opening of the form has a new key, and is a second record as the person meant.
    const again = await send(
      o.employeeA,
      `/quality/teams/${teamId}/points`,
      { title: 'Lange ventetider' },
      'point-key-0002',
    );
    expect(again.status, again.text).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(titles((await team(o, teamId)).points)).toEqual(['Lange ventetider', 'Lange ventetider']);
  });

  it('two taps arriving at the same moment make one trial and one development point, and both get its answer', async () => {
    const o = await buildTwoLayerOrg(db());
    const teamId = await qualityTeam(o);
    const actionId = await action(o, teamId);
    await measure(o, teamId);
    const at = async (who: Person, path: string, body: unknown, key: string) => {
      const session = await signInAs(db(), env().config, who);
      const once = () =>
        call(env().app, 'POST', `/api${path}`, { as: session, body, headers: { 'idempotency-key': key } });
      const answers = await Promise.all([once(), once()]);
      expect(answers.map((a) => a.status)).toEqual([201, 201]);
      expect(answers[0]!.json).toEqual(answers[1]!.json);
      expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(1);
    };
    await at(
      o.colleagueA,
      `/quality/actions/${actionId}/trials`,
      { title: 'Makkere på tavlen', startedOn: '2026-03-09', measureId: null },
      'trial-tap-0001',
    );
    await at(
      o.colleagueA,
      `/quality/teams/${teamId}/points`,
      { title: 'Støj ved frokost' },
      'point-tap-0001',
    );

    const after = await team(o, teamId);
    expect(titles(after.points)).toEqual(['Urolige overgange', 'Støj ved frokost']);
    expect(titles(after.points[0]!.actions[0]!.trials)).toEqual(['Makkere på tavlen']);
  });

  it('a refused create keeps no record; the same key with the title put right is a reused key (409), a new key saves it', async () => {
    const o = await buildTwoLayerOrg(db());
    const teamId = await qualityTeam(o);
    const path = `/quality/teams/${teamId}/points`;
    const empty = await send(o.employeeA, path, { title: '' }, 'point-bad-0001');
    expect(empty.status).toBe(400);
    const reused = await send(o.employeeA, path, { title: 'Sene afhentninger' }, 'point-bad-0001');
    expect(reused.status).toBe(409);
    expect(reused.json.error.reason).toBe('idempotency_key_reused');
    expect(titles((await team(o, teamId)).points)).toEqual([]);
    const fresh = await send(o.employeeA, path, { title: 'Sene afhentninger' }, 'point-bad-0002');
    expect(fresh.status, fresh.text).toBe(201);
    expect(titles((await team(o, teamId)).points)).toEqual(['Sene afhentninger']);
  });
});
