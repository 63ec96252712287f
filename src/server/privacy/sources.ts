import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { SQL } from 'drizzle-orm';

/** One thing MUP holds about a person: a title, when, and its fields by name (privacy/answers.ts exportItem). */
export interface ExportItem {
  title: string;
  at: string | null;
  fields: Record<string, string | number | boolean | null>;
}

/** Whose data a source reads or erases: one person of one organisation. */
export interface PrivacyScope {
  db: Db;
  config: Config;
  orgId: string;
  personId: string;
}

/**
 * What one module holds about a person. `export` answers the person's own data (their own private
 * notes opened, never anyone else's); `erase` removes what is the person's own record and leaves
 * others' records standing, answering what it removed as counts by kind. Each module writes its
 * source beside its tables and exports it through its front door; they are added at assembly
 * (src/server/privacy-sources.ts), so the privacy module (src/modules/privacy) depends on none of
 * them and they do not depend on it.
 */
export interface PrivacySource {
  key: string;
  order: number;
  export: (scope: PrivacyScope) => Promise<ExportItem[]>;
  erase?: (scope: PrivacyScope) => Promise<Record<string, number>>;
}

const sources = new Map<string, PrivacySource>();

export function addPrivacySource(source: PrivacySource) {
  sources.set(source.key, source);
}

export const privacySources = (): PrivacySource[] => [...sources.values()].sort((a, b) => a.order - b.order);

/** Runs a statement ending in `returning 1` and answers how many rows it touched (either engine). */
export async function countOf(db: Db, statement: SQL): Promise<number> {
  const result = (await db.execute(statement)) as unknown as { rows: unknown[] };
  return result.rows.length;
}

/** The rows of a raw statement, on either engine. */
export async function rowsOf<T>(db: Db, statement: SQL): Promise<T[]> {
  return ((await db.execute(statement)) as unknown as { rows: T[] }).rows;
}

/** A timestamp or date from a row as the export carries it. */
export const when = (value: Date | string | null | undefined): string | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  // PostgreSQL's text form of a timestamp ("2026-04-26 10:00:00+00") becomes ISO; a day stays a day.
  return value.length > 10 && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : value;
};
