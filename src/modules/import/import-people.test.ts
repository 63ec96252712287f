import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildUnit, type Org } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { memberships, people, units } from '../org/schema.js';
import { decodeCsvBytes } from './decode.js';
import { adminOf, csv, drainJobs, importFile, upload } from './testing.js';

describeEachEngine('import people', (env) => {
  const db = () => env().database.db;

  async function unitsFor(org: Org) {
    const area = await buildUnit(db(), org, { name: 'Område Nord', kind: 'area', externalId: 'O1' });
    const inst = await buildUnit(db(), org, {
      name: 'Solsikken',
      kind: 'institution',
      externalId: 'I1',
      parentId: area.id,
    });
    return { area, inst };
  }

  /** The organisation's imported people (those with an employee number), with their roles. */
  async function peopleOf(org: Org) {
    const rows = await db()
      .select({
        number: people.employeeNumber,
        name: people.name,
        email: people.email,
        jobTitle: people.jobTitle,
        version: people.version,
        id: people.id,
      })
      .from(people)
      .where(eq(people.orgId, org.id));
    const roles = await db()
      .select({ personId: memberships.personId, code: units.externalId, role: memberships.role })
      .from(memberships)
      .innerJoin(units, eq(units.id, memberships.unitId))
      .where(eq(memberships.orgId, org.id));
    return Object.fromEntries(
      rows
        .filter((p) => p.number?.startsWith('1'))
        .map((p) => [
          p.number,
          {
            name: p.name,
            email: p.email,
            jobTitle: p.jobTitle,
            version: p.version,
            roles: roles
              .filter((r) => r.personId === p.id)
              .map((r) => `${r.code}:${r.role}`)
              .sort(),
          },
        ]),
    );
  }

  const goodFile = csv(
    'employee_number,name,email,job_title,unit_code,role',
    '1001,Anne Jørgensen,Anne@Kommune.dk,Områdeleder,O1,leder',
    '1002,Bo Mølgaard,bo@kommune.dk,Pædagog,I1,',
    '1002,Bo Mølgaard,,,I1,ressourceperson',
    '1003,Cecilie Ærø,,Medhjælper,I1,employee',
  );

  it('creates people with their roles in units, keyed on employee number', async () => {
    const { org, session } = await adminOf(env());
    await unitsFor(org);
    const { preview, result } = await importFile(env(), session, 'people', goodFile);
    expect(preview.summary).toMatchObject({
      total: 4,
      create: 3,
      update: 0,
      unchanged: 0,
      membershipsAdded: 4,
      membershipsKept: 0,
    });
    expect(result).toMatchObject({ status: 'done', processed: 4, created: 3, membershipsAdded: 4 });
    expect(await peopleOf(org)).toEqual({
      '1001': {
        name: 'Anne Jørgensen',
        email: 'anne@kommune.dk',
        jobTitle: 'Områdeleder',
        version: 1,
        roles: ['O1:leader'],
      },
      '1002': {
        name: 'Bo Mølgaard',
        email: 'bo@kommune.dk',
        jobTitle: 'Pædagog',
        version: 1,
        roles: ['I1:employee', 'I1:resource_person'],
      },
      '1003': {
        name: 'Cecilie Ærø',
        email: null,
        jobTitle: 'Medhjælper',
        version: 1,
        roles: ['I1:employee'],
      },
    });
  });

  it('reports every bad line with its line number, field and reason, and writes nothing', async () => {
    const { org, session } = await adminOf(env());
    await unitsFor(org);
    await buildPerson(db(), org, { employeeNumber: 'X9', email: 'taken@kommune.dk' });
    const file = csv(
      'employee_number,name,email,job_title,unit_code,role',
      '1001,Anne,anne@kommune.dk,,O1,leder',
      ',Uden nummer,,,O1,',
      '1002,,,,O1,',
      '1003,Cecilie,ikke-en-mail,,O1,',
      '1004,Dorte,,,NOPE,',
      '1005,Erik,,,O1,chef',
      '1006,Frida,taken@kommune.dk,,O1,',
      '1007,Gitte,anne@kommune.dk,,O1,',
      '1001,Anne Anden,,,I1,',
      '1008,Hans,,,,',
      `1009,${'x'.repeat(201)},,,O1,`,
    );
    const res = await upload(env(), session, 'people', file);
    expect(res.status).toBe(201);
    expect(
      res.json.errors.map((e: { line: number; field: string; reason: string }) => [
        e.line,
        e.field,
        e.reason,
      ]),
    ).toEqual([
      [3, 'employee_number', 'missing_field'],
      [4, 'name', 'missing_field'],
      [5, 'email', 'invalid_email'],
      [6, 'unit_code', 'unknown_unit'],
      [7, 'role', 'unknown_role'],
      [8, 'email', 'email_taken'],
      [9, 'email', 'email_taken'],
      [10, 'name', 'duplicate_key_conflict'],
      [11, 'unit_code', 'missing_field'],
      [12, 'name', 'too_long'],
    ]);
    for (const e of res.json.errors) expect(e.message).toBeTruthy();
    const apply = await call(env().app, 'POST', `/api/imports/${res.json.importId}/apply`, { as: session });
    expect(apply.status).toBe(409);
    expect(apply.json.error.reason).toBe('import_invalid');
    expect(await peopleOf(org)).toEqual({});
  });

  it('re-importing the same file changes nothing; changed fields update and roles are added, not removed', async () => {
    const { org, session } = await adminOf(env());
    await unitsFor(org);
    await importFile(env(), session, 'people', goodFile);
    const before = await peopleOf(org);

    const again = await importFile(env(), session, 'people', goodFile);
    expect(again.preview.summary).toMatchObject({
      create: 0,
      update: 0,
      unchanged: 3,
      membershipsAdded: 0,
      membershipsKept: 0,
    });
    expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await peopleOf(org)).toEqual(before);

    const changed = csv(
      'employee_number,name,email,job_title,unit_code,role',
      '1001,Anne Jørgensen-Holm,anne.holm@kommune.dk,Områdeleder,O1,leder',
      '1002,Bo Mølgaard,,Souschef,O1,leder',
      '1003,Cecilie Ærø,,,I1,',
    );
    const third = await importFile(env(), session, 'people', changed);
    expect(third.preview.summary).toMatchObject({
      create: 0,
      update: 2,
      unchanged: 1,
      membershipsAdded: 1,
      membershipsKept: 2,
    });
    expect(third.preview.sample.update).toEqual([
      { line: 2, key: '1001', name: 'Anne Jørgensen-Holm', changes: ['name', 'email'] },
      { line: 3, key: '1002', name: 'Bo Mølgaard', changes: ['job_title', 'memberships'] },
    ]);
    expect(await peopleOf(org)).toEqual({
      '1001': {
        name: 'Anne Jørgensen-Holm',
        email: 'anne.holm@kommune.dk',
        jobTitle: 'Områdeleder',
        version: 2,
        roles: ['O1:leader'],
      },
      // Bo keeps his roles in I1, which the file no longer mentions, and gains the new one.
      '1002': {
        name: 'Bo Mølgaard',
        email: 'bo@kommune.dk',
        jobTitle: 'Souschef',
        version: 2,
        roles: ['I1:employee', 'I1:resource_person', 'O1:leader'],
      },
      '1003': before['1003'],
    });
  });

  it('lets two people swap email addresses in one file', async () => {
    const { org, session } = await adminOf(env());
    await unitsFor(org);
    await importFile(env(), session, 'people', goodFile);
    const swap = csv(
      'employee_number,name,email,unit_code',
      '1001,Anne Jørgensen,bo@kommune.dk,O1',
      '1002,Bo Mølgaard,anne@kommune.dk,I1',
    );
    await importFile(env(), session, 'people', swap);
    const after = await peopleOf(org);
    expect([after['1001']!.email, after['1002']!.email]).toEqual(['bo@kommune.dk', 'anne@kommune.dk']);
  });

  it('reads a Danish Excel file: semicolons, Danish headers and values, with a byte order mark or in Windows-1252', async () => {
    const { org, session } = await adminOf(env(), undefined, 'org_admin');
    await unitsFor(org);
    const text = csv(
      'Medarbejdernummer;Navn;E-mail;Stilling;Enhedskode;Rolle',
      '1001;Søren Ågård;;Pædagog;I1;Læringspartner',
      '1002;Øjvind Æbelø;;Leder;O1;Administrator',
    );
    // The browser decodes the file; the server receives text, here with the byte order mark kept.
    const bom = await importFile(env(), session, 'people', `\uFEFF${text}`);
    expect(bom.result).toMatchObject({ status: 'done', created: 2 });

    const bytes = Uint8Array.from(text.replace('Søren Ågård', 'Søren Ågårdsen'), (ch) => ch.charCodeAt(0));
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    const latin = await importFile(env(), session, 'people', decoded.text);
    expect(latin.result).toMatchObject({ status: 'done', updated: 1, unchanged: 1 });
    expect(await peopleOf(org)).toEqual({
      '1001': {
        name: 'Søren Ågårdsen',
        email: null,
        jobTitle: 'Pædagog',
        version: 2,
        roles: ['I1:learning_partner'],
      },
      '1002': { name: 'Øjvind Æbelø', email: null, jobTitle: 'Leder', version: 1, roles: ['O1:org_admin'] },
    });
  });

  it('refuses an import whose data changed after the preview and says so', async () => {
    const { org, session } = await adminOf(env());
    await unitsFor(org);
    const preview = await upload(
      env(),
      session,
      'people',
      csv('employee_number,name,email,unit_code', '1001,Anne,anne@kommune.dk,O1'),
    );
    expect(preview.json.errors).toEqual([]);
    await buildPerson(db(), org, { employeeNumber: 'Z1', email: 'anne@kommune.dk' });
    expect(
      (await call(env().app, 'POST', `/api/imports/${preview.json.importId}/apply`, { as: session })).status,
    ).toBe(202);
    await drainJobs(env());
    const res = await call(env().app, 'GET', `/api/imports/${preview.json.importId}`, { as: session });
    expect(res.json.import).toMatchObject({ status: 'failed', failure: 'import_invalid', errorCount: 1 });
    expect(res.json.import.errors).toMatchObject([{ line: 2, field: 'email', reason: 'email_taken' }]);
    const anne = await db()
      .select()
      .from(people)
      .where(and(eq(people.orgId, org.id), eq(people.employeeNumber, '1001')));
    expect(anne).toEqual([]);
  });

  it('lets only an org admin grant administrator roles or change an org admin, as the person page does', async () => {
    const { org, session: hrSession } = await adminOf(env());
    const { inst } = await unitsFor(org);
    await buildPerson(db(), org, {
      employeeNumber: '1900',
      name: 'Olga Admin',
      email: 'olga@kommune.dk',
      roles: [{ unit: inst, role: 'org_admin' }],
    });
    const file = csv(
      'employee_number,name,email,unit_code,role',
      '1001,Anne,,I1,hr',
      '1002,Bo,,I1,administrator',
      '1003,Cecilie,,I1,leder',
      '1900,Olga Admin,hr-ejer@kommune.dk,I1,employee',
      '1900,Olga Admin,,I1,org_admin',
    );
    const byHr = await upload(env(), hrSession, 'people', file);
    expect(
      byHr.json.errors.map((e: { line: number; field: string; reason: string }) => [
        e.line,
        e.field,
        e.reason,
      ]),
    ).toEqual([
      [2, 'role', 'admin_role_not_allowed'],
      [3, 'role', 'admin_role_not_allowed'],
      [5, 'email', 'admin_person_protected'],
    ]);
    // Olga's existing org_admin role on line 6 is no grant, so it is not refused.

    const { session: adminSession } = await adminOf(env(), org, 'org_admin');
    const byAdmin = await importFile(env(), adminSession, 'people', file);
    expect(byAdmin.result).toMatchObject({ status: 'done', created: 3, updated: 1 });
    expect((await peopleOf(org))['1900']).toMatchObject({
      email: 'hr-ejer@kommune.dk',
      roles: ['I1:employee', 'I1:org_admin'],
    });
  });
});
