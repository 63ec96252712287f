import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { FORMER_EMPLOYEE } from '../constants.js';

interface TextColumn {
  table_name: string;
  column_name: string;
  data_type: string;
}

/*
 * Every writable text and jsonb column of every table that carries org_id, read from the
 * catalogue, so a module added later is scrubbed without being named here. The people table is
 * left out: the person's own row is anonymised field by field.
 */
const textColumns = sql`
  select c.table_name, c.column_name, c.data_type
  from information_schema.columns c
  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
  where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    and c.data_type in ('text', 'character varying', 'jsonb') and c.is_generated = 'NEVER'
    and c.table_name <> 'people'
    and exists (select 1 from information_schema.columns o
      where o.table_schema = c.table_schema and o.table_name = c.table_name and o.column_name = 'org_id')
  order by c.table_name, c.column_name`;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Replaces the person's name, address and employee number wherever others' text in the
 * organisation mentions them — a colleague's feedback, a team conversation's notes, an import
 * file — with "tidligere medarbejder", so those records still read. Answers the rows changed.
 */
export async function scrubMentions(db: Db, orgId: string, needles: (string | null)[]): Promise<number> {
  const words = needles.filter((n): n is string => !!n && n.trim().length >= 3);
  if (!words.length) return 0;
  const plain = words.map(escapeRegex).join('|');
  // In jsonb's text form a string is JSON-escaped (quotes, backslashes); letters stay as they are.
  const json = words.map((w) => escapeRegex(JSON.stringify(w).slice(1, -1))).join('|');
  const replacement = FORMER_EMPLOYEE.da.toLowerCase();
  const columns = ((await db.execute(textColumns)) as unknown as { rows: TextColumn[] }).rows;
  let changed = 0;
  for (const column of columns) {
    const table = sql.raw(quote(column.table_name));
    const name = sql.raw(quote(column.column_name));
    const statement =
      column.data_type === 'jsonb'
        ? sql`update ${table} set ${name} = regexp_replace(${name}::text, ${json}, ${replacement}, 'gi')::jsonb
            where org_id = ${orgId} and ${name}::text ~* ${json} returning 1`
        : sql`update ${table} set ${name} = regexp_replace(${name}, ${plain}, ${replacement}, 'gi')
            where org_id = ${orgId} and ${name} ~* ${plain} returning 1`;
    changed += ((await db.execute(statement)) as unknown as { rows: unknown[] }).rows.length;
  }
  return changed;
}
