import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { LIMITS } from '../../shared/limits.js';
import { memberships, people, units } from '../org/schema.js';
import { imports } from './schema.js';
import { adminOf, csv, drainJobs, importFile, upload } from './testing.js';

describeEachEngine('import: scale, failure and access', (env) => {
  const db = () => env().database.db;
  const count = async (table: typeof people | typeof units | typeof memberships, orgId: string) => {
    const [row] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(eq(table.orgId, orgId));
    return row!.n;
  };

  it('imports 20,000 people in reasonable time, with progress to poll', async () => {
    const { org, session } = await adminOf(env());
    for (let u = 0; u < 5; u++) await buildUnit(db(), org, { externalId: `U${u}`, name: `Enhed ${u}` });
    const lines = ['employee_number;name;email;job_title;unit_code;role'];
    for (let i = 0; i < 20_000; i++)
      lines.push(
        `${100000 + i};Person ${i};p${i}@kommune.dk;Pædagog;U${i % 5};${i % 50 ? 'medarbejder' : 'leder'}`,
      );
    const started = performance.now();
    const preview = await upload(env(), session, 'people', csv(...lines));
    const previewMs = performance.now() - started;
    expect(preview.status).toBe(201);
    expect(preview.json.summary).toMatchObject({
      total: 20_000,
      create: 20_000,
      errorCount: 0,
      membershipsAdded: 20_000,
    });

    const applyStarted = performance.now();
    expect(
      (await call(env().app, 'POST', `/api/imports/${preview.json.importId}/apply`, { as: session })).status,
    ).toBe(202);
    const running = drainJobs(env());
    const seen: number[] = [];
    let status = 'running';
    while (status === 'running') {
      const res = await call(env().app, 'GET', `/api/imports/${preview.json.importId}`, { as: session });
      status = res.json.import.status;
      seen.push(res.json.import.processed);
      await new Promise((r) => setTimeout(r, 20));
    }
    await running;
    const applyMs = performance.now() - applyStarted;
    expect(status).toBe('done');
    expect(seen.at(-1)).toBe(20_000);
    // PostgreSQL shows progress while the transaction runs; PGlite's one connection only after.
    if (env().engine === 'postgres') expect(seen.some((p) => p > 0 && p < 20_000)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await count(people, org.id)).toBe(20_001);
    expect(await count(memberships, org.id)).toBe(20_001);
    console.log(
      `[${env().engine}] 20,000 people: preview ${previewMs.toFixed(0)} ms, apply ${applyMs.toFixed(0)} ms`,
    );
    expect(previewMs).toBeLessThan(20_000);
    expect(applyMs).toBeLessThan(60_000);
  }, 120_000);

  it('leaves nothing written when applying fails midway', async () => {
    const { org, session } = await adminOf(env());
    await buildUnit(db(), org, { externalId: 'U1' });
    const before = {
      people: await count(people, org.id),
      units: await count(units, org.id),
      memberships: await count(memberships, org.id),
    };
    // A row the checks accept but the database refuses, in the third batch of inserts.
    const marker = `FAIL-${org.id.slice(0, 8)}`;
    const fn = `fail_${org.id.slice(0, 8)}`;
    await db().execute(
      sql.raw(`create function ${fn}() returns trigger language plpgsql as $$ begin
        if new.employee_number = '${marker}' then raise exception 'forced failure'; end if; return new; end $$`),
    );
    await db().execute(
      sql.raw(`create trigger ${fn} before insert on people for each row execute function ${fn}()`),
    );
    try {
      const lines = ['employee_number,name,unit_code'];
      for (let i = 0; i < 2500; i++) lines.push(`${i === 2400 ? marker : 500000 + i},Person ${i},U1`);
      const preview = await upload(env(), session, 'people', csv(...lines));
      expect(preview.json.summary.errorCount).toBe(0);
      expect(
        (await call(env().app, 'POST', `/api/imports/${preview.json.importId}/apply`, { as: session }))
          .status,
      ).toBe(202);
      await drainJobs(env());
      const res = await call(env().app, 'GET', `/api/imports/${preview.json.importId}`, { as: session });
      expect(res.json.import).toMatchObject({
        status: 'failed',
        failure: 'apply_failed',
        processed: 0,
        created: 2500,
      });
    } finally {
      await db().execute(sql.raw(`drop trigger ${fn} on people`));
      await db().execute(sql.raw(`drop function ${fn}()`));
    }
    expect({
      people: await count(people, org.id),
      units: await count(units, org.id),
      memberships: await count(memberships, org.id),
    }).toEqual(before);
    const applied = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'import.applied')));
    expect(applied).toEqual([]);
  });

  it('is for HR and administrators only; another organisation’s import is not found', async () => {
    const { org, session } = await adminOf(env());
    const unit = await buildUnit(db(), org, { externalId: 'U1' });
    const preview = await upload(env(), session, 'units', csv('unit_code,name', 'U2,Ny'));
    const id = preview.json.importId;

    const leader = await buildPerson(db(), org, { roles: [{ unit, role: 'leader' }] });
    const leaderSession = await signInAs(db(), env().config, leader);
    expect((await upload(env(), leaderSession, 'units', csv('unit_code,name', 'U3,X'))).status).toBe(403);
    expect((await call(env().app, 'GET', '/api/imports', { as: leaderSession })).status).toBe(403);
    expect((await call(env().app, 'GET', `/api/imports/${id}`, { as: leaderSession })).status).toBe(403);
    expect((await call(env().app, 'POST', `/api/imports/${id}/apply`, { as: leaderSession })).status).toBe(
      403,
    );
    expect((await call(env().app, 'GET', '/api/imports')).status).toBe(401);

    const other = await adminOf(env(), await buildOrg(db()));
    expect((await call(env().app, 'GET', `/api/imports/${id}`, { as: other.session })).status).toBe(404);
    expect((await call(env().app, 'POST', `/api/imports/${id}/apply`, { as: other.session })).status).toBe(
      404,
    );
    expect((await call(env().app, 'GET', '/api/imports', { as: other.session })).json.imports).toEqual([]);
    expect(await count(units, org.id)).toBe(2);

    const mine = await call(env().app, 'GET', '/api/imports', { as: session });
    expect(mine.json.imports).toMatchObject([
      { id, kind: 'units', status: 'previewed', filename: 'units.csv', total: 1, created: 1 },
    ]);
    expect(mine.json.imports[0]).not.toHaveProperty('errors');
  });

  it('refuses files that are too large or too long with a clear reason, and a second apply', async () => {
    const { session } = await adminOf(env());
    const line = `U1,${'Enhed med et langt navn '.repeat(4)}\n`;
    const big = 'unit_code,name\n' + line.repeat(Math.ceil(LIMITS.csvBytes / line.length));
    const tooBig = await upload(env(), session, 'units', big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.json.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'file_too_large' });
    // Beyond the request limit the platform refuses the body before it is read.
    const huge = await upload(env(), session, 'units', big + big);
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe('PAYLOAD_TOO_LARGE');

    const long = 'unit_code,name\n' + 'A,B\n'.repeat(LIMITS.csvRows + 1);
    const tooLong = await upload(env(), session, 'units', long);
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error).toMatchObject({ code: 'VALIDATION', reason: 'too_many_rows' });

    expect((await upload(env(), session, 'units', '')).json.errors).toMatchObject([
      { line: 1, reason: 'no_header' },
    ]);
    expect((await upload(env(), session, 'teams' as never, 'a')).status).toBe(400);

    const { preview } = await importFile(env(), session, 'units', csv('unit_code,name', 'Z1,Z'));
    const second = await call(env().app, 'POST', `/api/imports/${preview.importId}/apply`, { as: session });
    expect(second.status).toBe(409);
    expect(second.json.error.reason).toBe('import_not_ready');
  });

  it('forgets a preview that was not applied within a day', async () => {
    const { session } = await adminOf(env());
    const preview = await upload(env(), session, 'units', csv('unit_code,name', 'OLD,Gammel'));
    await db()
      .update(imports)
      .set({ createdAt: new Date(Date.now() - 25 * 3600_000) })
      .where(eq(imports.id, preview.json.importId));
    const apply = await call(env().app, 'POST', `/api/imports/${preview.json.importId}/apply`, {
      as: session,
    });
    expect(apply.status).toBe(409);
    expect(apply.json.error.reason).toBe('import_not_ready');
    const res = await call(env().app, 'GET', `/api/imports/${preview.json.importId}`, { as: session });
    expect(res.json.import).toMatchObject({ status: 'failed', failure: 'expired', sample: null });
    const [row] = await db()
      .select({ content: imports.content })
      .from(imports)
      .where(eq(imports.id, preview.json.importId));
    expect(row!.content).toBeNull();
  });
});
