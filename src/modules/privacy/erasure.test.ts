import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import type { Db } from '../../server/db/client.js';
import { buildPrivacyWorld, PLANTED } from './testing.js';

/** Every text, varchar and jsonb column of every table, searched for each needle (case-insensitive). */
async function findEverywhere(db: Db, needles: string[]): Promise<string[]> {
  const columns = (
    (await db.execute(sql`
      select c.table_name, c.column_name, c.data_type from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
        and c.data_type in ('text', 'character varying', 'jsonb')`)) as unknown as {
      rows: { table_name: string; column_name: string; data_type: string }[];
    }
  ).rows;
  expect(columns.length).toBeGreaterThan(100);
  const found: string[] = [];
  for (const c of columns) {
    for (const needle of needles) {
      const column = sql.raw(
        `"${c.table_name}"."${c.column_name}"${c.data_type === 'jsonb' ? '::text' : ''}`,
      );
      const hit = (await db.execute(
        sql`select 1 from ${sql.raw(`"${c.table_name}"`)} where strpos(lower(${column}), lower(${needle})) > 0 limit 1`,
      )) as unknown as { rows: unknown[] };
      if (hit.rows.length) found.push(`${c.table_name}.${c.column_name}: ${needle}`);
    }
  }
  return found;
}

describeEachEngine('GDPR erasure', (env) => {
  async function world() {
    const w = await buildPrivacyWorld(env());
    const { db } = env().database;
    const admin = await buildPerson(db, w.org, {
      name: 'Hans Admin',
      roles: [{ unit: w.units.admin, role: 'org_admin' }],
    });
    // Erik's own goal mentions Dorthe by name: his record stays, the mention goes.
    await call(env().app, 'POST', '/api/goals', {
      as: w.as.erik,
      body: { title: 'Samlingen', why: 'Inspireret af Dorthe Pædagog og hendes sange' },
    });
    return { ...w, admin, asAdmin: await signInAs(db, env().config, admin) };
  }

  it('previews without changing anything, then erases every personal field while others’ records still read', async () => {
    const w = await world();
    const { db } = env().database;
    const needles = [w.employeeA.name, w.employeeA.email!, w.employeeA.employeeNumber!];
    expect((await findEverywhere(db, needles)).length).toBeGreaterThan(0);

    const preview = await call(env().app, 'POST', `/api/privacy/erasures/${w.employeeA.id}/preview`, {
      as: w.asAdmin,
    });
    expect(preview.status).toBe(200);
    expect(preview.json.applied).toBe(false);
    expect(preview.json.removed).toMatchObject({
      'goals.goals': 1,
      'conversations.oneToOnes': 1,
      'feedback.received': 1,
    });
    expect(preview.json.kept.map((k: { key: string }) => k.key)).toContain('audit');
    const still = await call(env().app, 'GET', '/api/privacy/export', { as: w.as.dorthe });
    expect(JSON.stringify(still.json)).toContain(PLANTED.goal);

    const applied = await call(env().app, 'POST', `/api/privacy/erasures/${w.employeeA.id}`, {
      as: w.asAdmin,
      body: { confirm: true },
    });
    expect(applied.status).toBe(200);
    expect(applied.json).toMatchObject({ applied: true, removed: preview.json.removed });

    expect(await findEverywhere(db, needles)).toEqual([]);
    expect(await findEverywhere(db, [PLANTED.goal, PLANTED.ownNote, PLANTED.feedbackReceived])).toEqual([]);

    // Erik's feedback from Dorthe and his own goal still read, naming a former employee.
    const feedback = await call(env().app, 'GET', '/api/feedback', { as: w.as.erik });
    expect(feedback.status).toBe(200);
    expect(JSON.stringify(feedback.json)).toContain(PLANTED.feedbackGiven);
    expect(JSON.stringify(feedback.json)).toContain('Tidligere medarbejder');
    const goals = await call(env().app, 'GET', '/api/goals', { as: w.as.erik });
    expect(JSON.stringify(goals.json)).toContain('Inspireret af tidligere medarbejder og hendes sange');
    // The team conversation stands; the 1:1 went with Dorthe's record.
    expect(
      (await call(env().app, 'GET', `/api/conversations/${w.teamTalk.id}`, { as: w.as.bo })).status,
    ).toBe(200);
    expect(
      (await call(env().app, 'GET', `/api/conversations/${w.oneToOne.id}`, { as: w.as.bo })).status,
    ).toBe(404);
    // Her session no longer answers.
    expect((await call(env().app, 'GET', '/api/privacy/export', { as: w.as.dorthe })).status).toBe(401);

    const audit = (await db.execute(sql`
      select details from audit_events where org_id = ${w.org.id} and action = 'person.erased'`)) as unknown as {
      rows: { details: { reason: string; removed: Record<string, number> } }[];
    };
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details).toMatchObject({ reason: 'request', removed: preview.json.removed });

    const again = await call(env().app, 'POST', `/api/privacy/erasures/${w.employeeA.id}`, {
      as: w.asAdmin,
      body: { confirm: true },
    });
    expect(again.status).toBe(409);
  });

  it('refuses oneself, HR, another organisation’s person and an unconfirmed request', async () => {
    const w = await world();
    const self = await call(env().app, 'POST', `/api/privacy/erasures/${w.admin.id}/preview`, {
      as: w.asAdmin,
    });
    expect(self.status).toBe(400);
    expect(self.json.error.reason).toBe('erase_self');
    const hr = await signInAs(env().database.db, env().config, w.hr);
    expect(
      (await call(env().app, 'POST', `/api/privacy/erasures/${w.employeeA.id}/preview`, { as: hr })).status,
    ).toBe(403);
    expect(
      (await call(env().app, 'POST', `/api/privacy/erasures/${w.employeeA.id}/preview`, { as: w.as.bo }))
        .status,
    ).toBe(403);
    const other = await buildTwoLayerOrg(env().database.db);
    expect(
      (
        await call(env().app, 'POST', `/api/privacy/erasures/${other.employeeA.id}/preview`, {
          as: w.asAdmin,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(env().app, 'POST', `/api/privacy/erasures/${w.employeeA.id}`, {
          as: w.asAdmin,
          body: { confirm: false },
        })
      ).status,
    ).toBe(400);
  });
});
