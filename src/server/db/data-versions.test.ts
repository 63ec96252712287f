import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit } from '../../../test/factories.js';
import { organisations, people, units } from '../../modules/org/schema.js';
import type { Db } from './client.js';
import { WATCHED_TABLES } from './data-versions-schema.js';
import { dataVersionKey, keptAnswers } from './data-versions.js';

describeEachEngine('data versions: counters the database moves, and answers kept by them', (env) => {
  const db = () => env().database.db;

  async function rows<T>(query: ReturnType<typeof sql>) {
    return ((await db().execute(query)) as unknown as { rows: T[] }).rows;
  }

  it('puts the trigger on exactly the watched tables, for inserts, updates and deletes', async () => {
    const found = await rows<{ t: string }>(sql`
      select c.relname || ' ' || string_agg(e.kind, ',' order by e.kind) as t
      from pg_trigger t
      cross join lateral (select case when t.tgtype & 4 <> 0 then 'insert' when t.tgtype & 8 <> 0 then 'delete'
        else 'update' end as kind) e join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
      where p.proname in ('mup_bump_data_version', 'mup_bump_people_version') and not t.tgisinternal
      group by c.relname order by c.relname`);
    expect(found.map((r) => r.t)).toEqual(
      WATCHED_TABLES.map((t) => (t === 'people' ? 'people delete,update' : `${t} delete,insert,update`)),
    );
  });

  it('raises the people counter when a name changes, a person is deactivated or goes, not at a sign-in', async () => {
    const org = await buildOrg(db());
    const person = await buildPerson(db(), org, { name: 'Alma' });
    const start = await dataVersionKey(db(), org.id, ['people']);
    await db().update(people).set({ lastSignInAt: new Date() }).where(eq(people.id, person.id));
    await db().update(people).set({ name: 'Alma' }).where(eq(people.id, person.id));
    expect(await dataVersionKey(db(), org.id, ['people'])).toBe(start);
    await db().update(people).set({ name: 'Alma Holm' }).where(eq(people.id, person.id));
    const renamed = await dataVersionKey(db(), org.id, ['people']);
    expect(renamed).toMatch(/^people@[0-9a-f-]{36}\.\d+$/);
    expect(renamed).not.toBe(start);
    await db().update(people).set({ active: false }).where(eq(people.id, person.id));
    const deactivated = await dataVersionKey(db(), org.id, ['people']);
    expect(deactivated).not.toBe(renamed);
    await db().delete(people).where(eq(people.id, person.id));
    expect(await dataVersionKey(db(), org.id, ['people'])).not.toBe(deactivated);
  });

  it('raises an organisation’s counter once per statement that writes its rows, and no other’s', async () => {
    const org = await buildOrg(db());
    const other = await buildOrg(db());
    const start = await dataVersionKey(db(), org.id, ['units']);
    const otherStart = await dataVersionKey(db(), other.id, ['units']);
    expect(start).toBe('');

    await db()
      .insert(units)
      .values([
        { orgId: org.id, name: 'A', kind: 'institution' },
        { orgId: org.id, name: 'B', kind: 'institution' },
      ]);
    const one = await dataVersionKey(db(), org.id, ['units']);
    expect(one).toMatch(/^units@[0-9a-f-]{36}\.1$/);
    await db().update(units).set({ name: 'C' }).where(eq(units.orgId, org.id));
    const two = await dataVersionKey(db(), org.id, ['units']);
    expect(two).toBe(one.replace(/\.1$/, '.2'));
    await db().delete(units).where(eq(units.name, 'C'));
    expect(await dataVersionKey(db(), org.id, ['units'])).toBe(one.replace(/\.1$/, '.3'));
    // A statement that touches no row of the organisation leaves it be.
    await db().update(units).set({ name: 'D' }).where(eq(units.name, 'nobody has this name'));
    expect(await dataVersionKey(db(), org.id, ['units'])).toBe(one.replace(/\.1$/, '.3'));
    expect(await dataVersionKey(db(), other.id, ['units'])).toBe(otherStart);
    // Only the tables asked for, in a fixed order.
    await buildUnit(db(), other);
    expect(await dataVersionKey(db(), other.id, ['survey_rounds', 'units'])).toMatch(/^units@/);
  });

  it('leaves the counter where it was when the writing transaction rolls back', async () => {
    const org = await buildOrg(db());
    await buildUnit(db(), org);
    const before = await dataVersionKey(db(), org.id, ['units']);
    await expect(
      db().transaction(async (tx) => {
        await tx.insert(units).values({ orgId: org.id, name: 'X', kind: 'institution' });
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await dataVersionKey(db(), org.id, ['units'])).toBe(before);
  });

  it('lets an organisation be removed with its units and counters', async () => {
    const org = await buildOrg(db());
    await buildUnit(db(), org);
    await db().delete(organisations).where(eq(organisations.id, org.id));
    expect(await dataVersionKey(db(), org.id, ['units'])).toBe('');
  });

  it('keeps an answer until a watched table changes, by any writer', async () => {
    const org = await buildOrg(db());
    const unit = await buildUnit(db(), org, { name: 'Før' });
    let made = 0;
    const names = keptAnswers(['units'], 10, async (d: Db, orgId: string, id: string) => {
      made++;
      const [row] = await d.select({ name: units.name }).from(units).where(eq(units.id, id));
      return { name: row!.name, orgId };
    });
    expect(await names(db(), org.id, unit.id)).toEqual({ name: 'Før', orgId: org.id });
    expect(await names(db(), org.id, unit.id)).toEqual({ name: 'Før', orgId: org.id });
    expect(made).toBe(1);
    // Written around the app (as another process would): the next answer is made again.
    await db().execute(sql`update units set name = 'Efter' where id = ${unit.id}::uuid`);
    expect(await names(db(), org.id, unit.id)).toEqual({ name: 'Efter', orgId: org.id });
    expect(made).toBe(2);
    // A write of an unwatched table, or of another organisation's units, keeps it.
    await db().execute(sql`update organisations set name = name where id = ${org.id}::uuid`);
    await buildUnit(db(), await buildOrg(db()));
    expect(await names(db(), org.id, unit.id)).toEqual({ name: 'Efter', orgId: org.id });
    expect(made).toBe(2);
    // One entry per organisation and arguments, whatever the versions it went through.
    expect(names.size).toBe(1);
  });

  it('makes one answer for requests that meet, keeps no failure, and nothing inside a transaction', async () => {
    const org = await buildOrg(db());
    await buildUnit(db(), org);
    let made = 0;
    let fail = true;
    const answer = keptAnswers(['units'], 2, async (_d: Db, _orgId: string, n: number) => {
      made++;
      if (n === 0 && fail) throw new Error('not now');
      return n * 2;
    });
    expect(
      await Promise.all([answer(db(), org.id, 1), answer(db(), org.id, 1), answer(db(), org.id, 1)]),
    ).toEqual([2, 2, 2]);
    expect(made).toBe(1);
    await expect(answer(db(), org.id, 0)).rejects.toThrow('not now');
    fail = false;
    expect(await answer(db(), org.id, 0)).toBe(0);
    expect(made).toBe(3);
    await db().transaction(async (tx) => {
      expect(await answer(tx as unknown as Db, org.id, 1)).toBe(2);
    });
    expect(made).toBe(4);
    // The limit: a third argument pushes out the least recently used.
    await answer(db(), org.id, 5);
    expect(answer.size).toBe(2);
    await answer(db(), org.id, 0);
    expect(made).toBe(5);
    await answer(db(), org.id, 1);
    expect(made).toBe(6);
  });

  it('reads the counters inside a page’s own statement, and keeps by what it read there', async () => {
    const org = await buildOrg(db());
    const unit = await buildUnit(db(), org, { name: 'Før' });
    let made = 0;
    const names = keptAnswers(['survey_rounds', 'units'], 10, async (d: Db, _orgId: string, id: string) => {
      made++;
      const [row] = await d.select({ name: units.name }).from(units).where(eq(units.id, id));
      return row!.name;
    });
    const read = async () => {
      const [row] = await rows<{ versions: string }>(
        sql.raw(`select ${names.versionsText(`'${org.id}'::uuid`)} as versions`),
      );
      return row!.versions;
    };
    expect(await read()).toBe(await dataVersionKey(db(), org.id, ['survey_rounds', 'units']));
    expect(await names.on(await read(), db(), org.id, unit.id)).toBe('Før');
    expect(await names(db(), org.id, unit.id)).toBe('Før');
    expect(made).toBe(1);
    await db().execute(sql`update units set name = 'Efter' where id = ${unit.id}::uuid`);
    expect(await names.on(await read(), db(), org.id, unit.id)).toBe('Efter');
    expect(made).toBe(2);
    // An organisation without counters yet reads '' as its key, as dataVersionKey does.
    const bare = await buildOrg(db());
    const [none] = await rows<{ versions: string }>(
      sql.raw(`select ${names.versionsText(`'${bare.id}'::uuid`)} as versions`),
    );
    expect(none!.versions).toBe('');
  });
});
