import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import pg from 'pg';
import { openTestDatabase, testEngines } from '../../../test/engines.js';
import { copyOfTestDatabase, dropPostgresDatabase } from '../../../test/postgres-databases.js';

// PostgreSQL ending an idle connection (a restart, a failover, an administrator) must not take the process down:
// the pool's 'error' event is handled, and the next statement gets a fresh connection.
it.skipIf(!testEngines().includes('postgres'))(
  'an idle PostgreSQL connection ended by the server is replaced, not fatal',
  async () => {
    const database = await openTestDatabase('postgres');
    try {
      const rows = (await database.db.execute(sql`select current_database() as name`)) as unknown as {
        rows: { name: string }[];
      };
      const name = rows.rows[0]!.name;
      // Another database of the same role ends the connections, as an administrator would.
      const adminUrl = await copyOfTestDatabase();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        const ended = await admin.query(
          'select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = $1',
          [name],
        );
        expect(ended.rows.length).toBeGreaterThan(0);
      } finally {
        await admin.end();
        await dropPostgresDatabase(adminUrl);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = (await database.db.execute(sql`select 1 as one`)) as unknown as {
        rows: { one: number }[];
      };
      expect(again.rows[0]!.one).toBe(1);
    } finally {
      await database.close();
    }
  },
);
