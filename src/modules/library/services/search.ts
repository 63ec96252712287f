import { sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { BUILT_IN_PACKAGES } from '../packages/index.js';
import { builtInBody, builtInPackage, builtInSummary } from '../builtins.js';
import { currentPackages, presentSummary } from '../records.js';
import type { SearchAnswer, SnippetPart } from '../answers.js';

/*
 * Danish full-text search, ranked, with a snippet around the words found. The organisation's own
 * packages are searched with the `danish` configuration over their current version (the same
 * expression as the GIN index in schema.ts), the built-ins in the reader's language (`english`
 * for English readers), passed in as values, so one statement ranks both together. Both engines
 * ship the Snowball dictionaries, so "samtaler" finds "samtale" on PGlite as on PostgreSQL.
 */
const START = '⟦';
const STOP = '⟧';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
const LIMIT = 30;

type Row = { id: string | null; key: string | null; rank: number; snippet: string };

export async function searchPackages({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { q: string };
}): Promise<SearchAnswer> {
  const { actor, db } = ctx;
  const config = actor.locale === 'da' ? 'danish' : 'english';
  const builtIns = BUILT_IN_PACKAGES.map((p) => ({
    key: p.key,
    title: p.title[actor.locale],
    summary: p.summary[actor.locale],
    body: `${p.tags.join(' ')} ${builtInBody(p, actor.locale)}`,
  }));
  const result = (await db.execute(sql`
    with q as (
      select websearch_to_tsquery('danish', ${input.q}) as own,
             websearch_to_tsquery(${config}::regconfig, ${input.q}) as builtin
    )
    select p.id::text as id, null::text as key,
      ts_rank(
        setweight(to_tsvector('danish', v.title), 'A') || setweight(to_tsvector('danish', v.summary), 'B')
          || to_tsvector('danish', v.body), q.own)::float8 as rank,
      ts_headline('danish', v.summary || ' ' || v.body, q.own, ${HEADLINE}) as snippet
    from library_packages p
    join library_package_versions v
      on v.org_id = p.org_id and v.package_id = p.id and v.version = p.current_version
    cross join q
    where p.org_id = ${actor.orgId}::uuid
      and to_tsvector('danish', v.title || ' ' || v.summary || ' ' || v.body) @@ q.own
    union all
    select null, b.key,
      ts_rank(
        setweight(to_tsvector(${config}::regconfig, b.title), 'A')
          || setweight(to_tsvector(${config}::regconfig, b.summary), 'B')
          || to_tsvector(${config}::regconfig, b.body), q.builtin)::float8,
      ts_headline(${config}::regconfig, b.summary || ' ' || b.body, q.builtin, ${HEADLINE})
    from json_to_recordset(${JSON.stringify(builtIns)}::json) as b(key text, title text, summary text, body text)
    cross join q
    where to_tsvector(${config}::regconfig, b.title || ' ' || b.summary || ' ' || b.body) @@ q.builtin
    order by rank desc, id nulls first, key
    limit ${LIMIT}`)) as unknown as { rows: Row[] };

  const ownIds = result.rows.flatMap((r) => (r.id ? [r.id] : []));
  const own = new Map((await currentPackages(db, actor.orgId, ownIds)).map((p) => [p.id, p]));
  return {
    results: result.rows.flatMap((r) => {
      const found = r.id ? own.get(r.id) : undefined;
      const builtIn = r.key ? builtInPackage(r.key) : undefined;
      const summary = found ? presentSummary(found) : builtIn ? builtInSummary(builtIn, actor.locale) : null;
      if (!summary) return [];
      return [{ package: summary, rank: Number(r.rank), snippet: snippetParts(r.snippet) }];
    }),
  };
}

/** The headline as plain parts, Markdown marks taken out; the words found are `hit`. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const clean = (s: string) => s.replace(/[*_`#>]+/g, '').replace(/\s+/g, ' ');
  for (const [i, piece] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    const text = clean(piece);
    if (text) parts.push({ text, hit: i % 2 === 1 });
  }
  return parts;
}
