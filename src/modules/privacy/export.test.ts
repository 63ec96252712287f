import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { call } from '../../../test/http.js';
import { buildPrivacyWorld, PLANTED } from './testing.js';

describeEachEngine('GDPR export', (env) => {
  it('holds the person’s own record and private notes, and no one else’s private note', async () => {
    const w = await buildPrivacyWorld(env());
    const res = await call(env().app, 'GET', '/api/privacy/export', { as: w.as.dorthe });
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.json);
    expect(res.json.person).toMatchObject({
      id: w.employeeA.id,
      name: 'Dorthe Pædagog',
      email: w.employeeA.email,
    });
    const section = (key: string) =>
      res.json.sections.find((s: { key: string }) => s.key === key)?.items ?? [];
    expect(section('goals').map((g: { title: string }) => g.title)).toEqual([PLANTED.goal]);
    const oneToOne = section('conversations').find((c: { title: string }) => c.title === 'one_to_one');
    expect(oneToOne.fields).toMatchObject({ role: 'subject', myPrivateNote: PLANTED.ownNote });
    expect(
      section('feedback').map((f: { title: string; fields: { direction: string } }) => [
        f.title,
        f.fields.direction,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [PLANTED.feedbackReceived, 'received'],
        [PLANTED.feedbackGiven, 'given'],
      ]),
    );
    expect(section('memberships').map((m: { title: string }) => m.title)).toContain('Rød stue');
    // The leader's note in Dorthe's own 1:1 and Erik's note in the team conversation are theirs.
    expect(text).not.toContain(PLANTED.leaderNote);
    expect(text).not.toContain(PLANTED.colleagueNote);
  });

  it('shows who has read the record, and the leader’s export holds the leader’s note only', async () => {
    const w = await buildPrivacyWorld(env());
    expect((await call(env().app, 'GET', `/api/development/${w.employeeA.id}`, { as: w.as.bo })).status).toBe(
      200,
    );
    const dorthe = await call(env().app, 'GET', '/api/privacy/export', { as: w.as.dorthe });
    const readers = dorthe.json.sections.find((s: { key: string }) => s.key === 'accessLog').items;
    expect(readers.map((r: { title: string }) => r.title)).toContain('Bo Leder');
    const bo = await call(env().app, 'GET', '/api/privacy/export', { as: w.as.bo });
    const text = JSON.stringify(bo.json);
    expect(text).toContain(PLANTED.leaderNote);
    expect(text).not.toContain(PLANTED.ownNote);
    expect(text).not.toContain(PLANTED.colleagueNote);
  });

  it('gives a circle’s written fields one by one, named by phase and field, not as a JSON blob', async () => {
    const w = await buildPrivacyWorld(env());
    const app = env().app;
    const goal = (await call(app, 'GET', '/api/goals', { as: w.as.dorthe })).json.goals[0];
    const circle = (await call(app, 'POST', '/api/circles', { as: w.as.dorthe, body: { goalId: goal.id } }))
      .json.circle;
    const saved = await call(app, 'PATCH', `/api/circles/${circle.id}`, {
      as: w.as.dorthe,
      body: {
        baseVersion: circle.version,
        changes: [{ phase: 'plan', field: 'theme', from: '', to: 'Samlingen' }],
      },
    });
    expect(saved.status).toBe(200);
    const res = await call(app, 'GET', '/api/privacy/export', { as: w.as.dorthe });
    const circles = res.json.sections.find((s: { key: string }) => s.key === 'circles').items;
    expect(circles).toHaveLength(1);
    expect(circles[0].title).toBe('learning_circle');
    expect(circles[0].fields['plan.theme']).toBe('Samlingen');
    expect(circles[0].fields).not.toHaveProperty('content');
    // Fields nobody wrote are left out rather than listed empty.
    expect(Object.keys(circles[0].fields).filter((k) => k.includes('.'))).toEqual(['plan.theme']);
  });

  it('is for the signed-in person only', async () => {
    expect((await call(env().app, 'GET', '/api/privacy/export')).status).toBe(401);
  });
});
