import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildUnit } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { units } from '../org/schema.js';
import { adminOf, csv, drainJobs, importFile, upload } from './testing.js';

describeEachEngine('import units', (env) => {
  const unitsOf = async (orgId: string) => {
    const rows = await env().database.db.select().from(units).where(eq(units.orgId, orgId));
    const byId = new Map(rows.map((u) => [u.id, u]));
    return new Map(
      rows
        .filter((u) => u.externalId)
        .map((u) => [
          u.externalId!,
          {
            name: u.name,
            kind: u.kind,
            parent: u.parentId ? (byId.get(u.parentId)?.externalId ?? null) : null,
            version: u.version,
          },
        ]),
    );
  };

  it('creates a tree whose parents come before or after their children, and previews first', async () => {
    const { org, session } = await adminOf(env());
    const file = csv(
      'unit_code,name,kind,parent_code',
      'A-ROED,Rød stue,afdeling,I-SOL',
      'I-SOL,Børnehuset Solsikken,institution,O-NORD',
      'F1,Børne- og Ungeforvaltningen,Forvaltning,',
      'O-NORD,Område Nord,område,F1',
      'X,Anden enhed,,',
    );
    const preview = await upload(env(), session, 'units', file);
    expect(preview.status).toBe(201);
    expect(preview.json.summary).toMatchObject({
      total: 5,
      create: 5,
      update: 0,
      unchanged: 0,
      errorCount: 0,
    });
    expect(preview.json.sample.create.map((r: { line: number; key: string }) => [r.line, r.key])).toEqual([
      [2, 'A-ROED'],
      [3, 'I-SOL'],
      [4, 'F1'],
      [5, 'O-NORD'],
      [6, 'X'],
    ]);
    expect((await unitsOf(org.id)).size).toBe(0);

    const applied = await call(env().app, 'POST', `/api/imports/${preview.json.importId}/apply`, {
      as: session,
    });
    expect(applied.status).toBe(202);
    expect(applied.json.import.status).toBe('running');
    await drainJobs(env());
    const done = await call(env().app, 'GET', `/api/imports/${preview.json.importId}`, { as: session });
    expect(done.json.import).toMatchObject({
      status: 'done',
      processed: 5,
      total: 5,
      created: 5,
      updated: 0,
      unchanged: 0,
    });

    const tree = await unitsOf(org.id);
    expect(Object.fromEntries(tree)).toEqual({
      F1: { name: 'Børne- og Ungeforvaltningen', kind: 'administration', parent: null, version: 1 },
      'O-NORD': { name: 'Område Nord', kind: 'area', parent: 'F1', version: 1 },
      'I-SOL': { name: 'Børnehuset Solsikken', kind: 'institution', parent: 'O-NORD', version: 1 },
      'A-ROED': { name: 'Rød stue', kind: 'department', parent: 'I-SOL', version: 1 },
      X: { name: 'Anden enhed', kind: 'other', parent: null, version: 1 },
    });
    const audit = await env()
      .database.db.select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'import.applied')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ kind: 'units', created: 5, total: 5 });
    expect(JSON.stringify(audit[0]!.details)).not.toContain('Solsikken');
  });

  it('is idempotent, updates what changed and moves units to new parents', async () => {
    const { org, session } = await adminOf(env());
    const file = csv(
      'unit_code,name,kind,parent_code',
      'F1,Forvaltning,forvaltning,',
      'O1,Område 1,område,F1',
      'O2,Område 2,område,F1',
      'I1,Institution,institution,O1',
    );
    await importFile(env(), session, 'units', file);
    const before = await unitsOf(org.id);

    const again = await importFile(env(), session, 'units', file);
    expect(again.preview.summary).toMatchObject({ create: 0, update: 0, unchanged: 4 });
    expect(again.result).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 4 });
    expect(await unitsOf(org.id)).toEqual(before);

    const changed = csv(
      'Enhedskode;Navn;Type;Overordnet_enhedskode',
      'F1;Forvaltning;forvaltning;',
      'O1;Område Øst;område;F1',
      'I1;Institution;institution;O2',
    );
    const third = await importFile(env(), session, 'units', changed);
    expect(third.preview.summary).toMatchObject({ create: 0, update: 2, unchanged: 1 });
    expect(third.preview.sample.update).toEqual([
      { line: 3, key: 'O1', name: 'Område Øst', changes: ['name'] },
      { line: 4, key: 'I1', name: 'Institution', changes: ['parent_code'] },
    ]);
    const after = await unitsOf(org.id);
    expect(after.get('O1')).toEqual({ name: 'Område Øst', kind: 'area', parent: 'F1', version: 2 });
    expect(after.get('I1')).toEqual({ name: 'Institution', kind: 'institution', parent: 'O2', version: 2 });
    expect(after.get('O2')).toEqual(before.get('O2'));
  });

  it('reports cycles, unknown parents and bad lines with their line numbers, and refuses to apply', async () => {
    const { org, session } = await adminOf(env());
    const existing = await buildUnit(env().database.db, org, {
      name: 'Eksisterende',
      externalId: 'E1',
      kind: 'area',
    });
    await buildUnit(env().database.db, org, { name: 'Under', externalId: 'E2', parentId: existing.id });
    const file = csv(
      'unit_code,name,kind,parent_code',
      'A,Enhed A,institution,B',
      'B,Enhed B,institution,C',
      'C,Enhed C,institution,A',
      'D,Enhed D,rum,',
      ',Uden kode,,',
      'F,,area,',
      'G,Enhed G,area,NOPE',
      'E1,Eksisterende,area,E2',
      'H,Enhed H,area,H',
      'A,Enhed A igen,institution,B',
    );
    const res = await upload(env(), session, 'units', file);
    expect(res.status).toBe(201);
    expect(
      res.json.errors.map((e: { line: number; field: string; reason: string }) => [
        e.line,
        e.field,
        e.reason,
      ]),
    ).toEqual([
      [2, 'parent_code', 'parent_cycle'],
      [3, 'parent_code', 'parent_cycle'],
      [4, 'parent_code', 'parent_cycle'],
      [5, 'kind', 'unknown_kind'],
      [6, 'unit_code', 'missing_field'],
      [7, 'name', 'missing_field'],
      [8, 'parent_code', 'parent_unknown'],
      [9, 'parent_code', 'parent_cycle'],
      [10, 'parent_code', 'parent_cycle'],
      [11, 'name', 'duplicate_key_conflict'],
    ]);
    expect(res.json.summary.errorCount).toBe(10);

    const apply = await call(env().app, 'POST', `/api/imports/${res.json.importId}/apply`, { as: session });
    expect(apply.status).toBe(409);
    expect(apply.json.error.reason).toBe('import_invalid');
    expect([...(await unitsOf(org.id)).keys()].sort()).toEqual(['E1', 'E2']);
    const stored = await call(env().app, 'GET', `/api/imports/${res.json.importId}`, { as: session });
    expect(stored.json.import).toMatchObject({ status: 'previewed', errorCount: 10 });
    expect(stored.json.import.errors).toHaveLength(10);
  });
});
