import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { REPO_ROOT } from '../../../test/server-process.js';
import { dateField, dateTimeField, localDateTimeField } from '../../shared/fields.js';
import { fromDatabaseError } from './errors.js';

/** The probe's finding: `GET /api/feedback?before=0000-01-01T00:00:00Z` was a 500 on both engines. */

describeEachEngine('dates outside the years the database keeps', (env) => {
  const leaderAndEmployee = async () => {
    const { database, config } = env();
    const org = await buildOrg(database.db);
    const unit = await buildUnit(database.db, org);
    const leader = await buildPerson(database.db, org, { roles: [{ unit, role: 'leader' }] });
    const employee = await buildPerson(database.db, org, { roles: [{ unit, role: 'employee' }] });
    return { leader: await signInAs(database.db, config, leader), employeeId: employee.id };
  };

  it('answers 400 date_out_of_range for year 0 and the far future, in a query and in a body', async () => {
    const { app } = env();
    const { leader, employeeId } = await leaderAndEmployee();
    for (const before of ['0000-01-01T00:00:00Z', '1899-12-31T12:00:00Z', '9999-12-31T23:59:59Z']) {
      const res = await call(app, 'GET', `/api/feedback?before=${encodeURIComponent(before)}`, {
        as: leader,
      });
      expect(res.status, before).toBe(400);
      expect(res.json.error).toMatchObject({
        code: 'VALIDATION',
        reason: 'date_out_of_range',
        issues: [{ path: 'before', message: 'The date must be between the years 1900 and 2200' }],
      });
    }
    const ok = await call(app, 'GET', `/api/feedback?before=${encodeURIComponent('2025-01-01T00:00:00Z')}`, {
      as: leader,
    });
    expect(ok.status).toBe(200);

    const conversation = await call(app, 'POST', '/api/conversations', {
      as: leader,
      body: { kind: 'one_to_one', personId: employeeId, startsAt: '0000-01-01T09:00:00Z' },
    });
    expect(conversation.status).toBe(400);
    expect(conversation.json.error).toMatchObject({
      reason: 'date_out_of_range',
      issues: [{ path: 'startsAt' }],
    });
  });

  it('maps the database’s own date errors (22008, and any data exception) to a 400 as a last line', async () => {
    const { database } = env();
    const error = await database.db.execute(sql`select '0000-01-01'::date`).then(
      () => null,
      (err: unknown) => err,
    );
    const mapped = fromDatabaseError(error);
    expect(mapped?.status).toBe(400);
    expect(mapped?.reason).toBe('date_out_of_range');
    const division = await database.db.execute(sql`select 1 / 0`).then(
      () => null,
      (err: unknown) => err,
    );
    expect(fromDatabaseError(division)?.status).toBe(400);
  });
});

describe('the shared date fields', () => {
  it('take real dates from 1900 to 2200 and refuse the rest', () => {
    expect(dateField.safeParse('2025-02-28').success).toBe(true);
    expect(dateField.safeParse('1900-01-01').success).toBe(true);
    expect(dateField.safeParse('2200-12-31').success).toBe(true);
    for (const bad of ['0000-01-01', '1899-12-31', '2201-01-01', '2025-02-30', '25-01-01'])
      expect(dateField.safeParse(bad).success, bad).toBe(false);
    expect(dateTimeField.safeParse('2025-03-01T09:00:00+01:00').success).toBe(true);
    for (const bad of ['0000-01-01T00:00:00Z', '2201-01-01T00:00:00Z', '2025-03-01T09:00:00'])
      expect(dateTimeField.safeParse(bad).success, bad).toBe(false);
    expect(localDateTimeField.safeParse('2025-03-01T09:00').success).toBe(true);
    expect(localDateTimeField.safeParse('0001-03-01T09:00').success).toBe(false);
  });

  it('are the only way a schema takes a date: no module defines its own', () => {
    const own = /z\.iso\.|\.datetime\(|z\.coerce\.date|z\.date\(/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const relative = path.relative(REPO_ROOT, file);
          // The answers' own instants and days (src/shared/answers.ts) describe what the server says, not
          // what a person may send, so they are not input fields.
          const allowed = [path.join('src', 'shared', 'fields.ts'), path.join('src', 'shared', 'answers.ts')];
          if (!allowed.includes(relative) && own.test(fs.readFileSync(file, 'utf8')))
            offenders.push(relative);
        }
      }
    };
    walk(path.join(REPO_ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
