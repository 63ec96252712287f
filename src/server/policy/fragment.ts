import { sql, type SQL } from 'drizzle-orm';

/*
 * A relation is written once, as SQL text whose parameters are SQL expressions — '$1::uuid' in a
 * prepared statement, 't.unit_id' inside a bigger query. The hot pages embed the text in their
 * prepared statements (ADR 0005); Drizzle queries embed `.bound(values…)`, the same text with the
 * values bound as parameters. One text serves both, so the two cannot drift apart.
 */

export type SqlFragment<P extends string[]> = ((...params: P) => string) & {
  /** The text with these values bound, to embed in a Drizzle query, e.g. `x in (${f.bound(orgId, id)})`. */
  bound: (...values: { [K in keyof P]: unknown }) => SQL;
};

/** Declares a relation's SQL text; see the comment above. */
export function sqlFragment<P extends string[]>(text: (...params: P) => string): SqlFragment<P> {
  const bound = (...values: unknown[]): SQL => {
    const marks = values.map((_, i) => `⟨${i}⟩`) as P;
    const parts = text(...marks).split(/⟨(\d+)⟩/);
    return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part)]}`)));
  };
  return Object.assign(text, { bound }) as SqlFragment<P>;
}
