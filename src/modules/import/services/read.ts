import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { people } from '../../org/schema.js';
import { imports } from '../schema.js';
import { presentImport, presentImportDetail } from './present.js';

const { content: _content, errors: _errors, ...listColumns } = getTableColumns(imports);
const { content: _c, ...detailColumns } = getTableColumns(imports);

const creator = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

/** One import of the actor's organisation, with its problems and sample; another's is 404. */
export async function getImport({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const [row] = await ctx.db
    .select({ ...detailColumns, creatorName: people.name })
    .from(imports)
    .leftJoin(people, and(eq(people.id, imports.createdBy), eq(people.orgId, imports.orgId)))
    .where(and(eq(imports.orgId, ctx.actor.orgId), eq(imports.id, input.id)));
  if (!row) throw notFound();
  return presentImportDetail(row, creator(row.createdBy, row.creatorName));
}

/** The organisation's most recent imports, newest first. */
export async function listImports({ ctx }: { ctx: SignedInContext }) {
  const rows = await ctx.db
    .select({ ...listColumns, creatorName: people.name })
    .from(imports)
    .leftJoin(people, and(eq(people.id, imports.createdBy), eq(people.orgId, imports.orgId)))
    .where(eq(imports.orgId, ctx.actor.orgId))
    .orderBy(desc(imports.createdAt))
    .limit(20);
  return rows.map((r) => presentImport(r, creator(r.createdBy, r.creatorName)));
}
