import { and, asc, desc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { notFound } from '../../server/http/errors.js';
import { toInstant } from '../../shared/answers.js';
import { people } from '../org/schema.js';
import { libraryPackageVersions, libraryPackages, type StoredSteps } from './schema.js';
import { changedOnly, diffLines } from './diff.js';
import type { Change, PackageSummary, VersionEntry } from './answers.js';

// Loading and presenting the organisation's own packages, shared by the library's services.

const currentColumns = {
  id: libraryPackages.id,
  createdBy: libraryPackages.createdBy,
  updatedAt: libraryPackages.updatedAt,
  version: libraryPackageVersions.version,
  kind: libraryPackageVersions.kind,
  title: libraryPackageVersions.title,
  summary: libraryPackageVersions.summary,
  body: libraryPackageVersions.body,
  steps: libraryPackageVersions.steps,
  tags: libraryPackageVersions.tags,
};
export type CurrentPackage = {
  id: string;
  createdBy: string | null;
  updatedAt: Date;
  version: number;
  kind: PackageSummary['kind'];
  title: string;
  summary: string;
  body: string;
  steps: StoredSteps | null;
  tags: string[];
};

/** The organisation's own packages as they read now (their current version), newest edit first. */
export async function currentPackages(db: Db, orgId: string, ids?: string[]): Promise<CurrentPackage[]> {
  if (ids && ids.length === 0) return [];
  return db
    .select(currentColumns)
    .from(libraryPackages)
    .innerJoin(
      libraryPackageVersions,
      and(
        eq(libraryPackageVersions.orgId, libraryPackages.orgId),
        eq(libraryPackageVersions.packageId, libraryPackages.id),
        eq(libraryPackageVersions.version, libraryPackages.currentVersion),
      ),
    )
    .where(and(eq(libraryPackages.orgId, orgId), ids ? inArray(libraryPackages.id, ids) : undefined))
    .orderBy(desc(libraryPackages.updatedAt), asc(libraryPackages.id));
}

/** One own package of the organisation, or 404 (also for another organisation's id). */
export async function loadPackage(db: Db, orgId: string, id: string): Promise<CurrentPackage> {
  const [found] = await currentPackages(db, orgId, [id]);
  if (!found) throw notFound('No such package');
  return found;
}

export function presentSummary(p: CurrentPackage): PackageSummary {
  return {
    id: p.id,
    builtInKey: null,
    kind: p.kind,
    title: p.title,
    summary: p.summary,
    tags: p.tags,
    version: p.version,
    updatedAt: toInstant(p.updatedAt),
    hasSteps: Boolean(p.steps && (p.steps.before.length || p.steps.during.length || p.steps.after.length)),
  };
}

const versionEntryColumns = {
  version: libraryPackageVersions.version,
  changeNote: libraryPackageVersions.changeNote,
  author: people.name,
  createdAt: libraryPackageVersions.createdAt,
};

function presentVersion(v: {
  version: number;
  changeNote: string | null;
  author: string | null;
  createdAt: Date;
}): VersionEntry {
  return { ...v, createdAt: toInstant(v.createdAt) };
}

/** A package's versions, newest first, with who wrote each and what they said changed. */
export async function versionsOf(db: Db, orgId: string, packageId: string): Promise<VersionEntry[]> {
  const rows = await db
    .select(versionEntryColumns)
    .from(libraryPackageVersions)
    .leftJoin(
      people,
      and(eq(people.orgId, libraryPackageVersions.orgId), eq(people.id, libraryPackageVersions.authorId)),
    )
    .where(and(eq(libraryPackageVersions.orgId, orgId), eq(libraryPackageVersions.packageId, packageId)))
    .orderBy(desc(libraryPackageVersions.version));
  return rows.map(presentVersion);
}

/** The whole of a version as one text, so a change in the title, summary or steps shows in the diff too. */
function versionText(v: { title: string; summary: string; body: string; steps: StoredSteps | null }): string {
  const steps = v.steps
    ? (['before', 'during', 'after'] as const).flatMap((phase) =>
        v.steps![phase].map((s) => `- (${phase}) ${s.title}: ${s.text}`),
      )
    : [];
  return [`# ${v.title}`, '', v.summary, '', v.body, ...(steps.length ? ['', ...steps] : [])].join('\n');
}

/** What changed from version `from` to `to` (from < to): the notes of the versions after `from`, and the lines. */
export async function changeBetween(
  db: Db,
  orgId: string,
  packageId: string,
  from: number,
  to: number,
): Promise<Change> {
  const [older, newer] = await Promise.all(
    [from, to].map(async (version) => {
      const [v] = await db
        .select({
          title: libraryPackageVersions.title,
          summary: libraryPackageVersions.summary,
          body: libraryPackageVersions.body,
          steps: libraryPackageVersions.steps,
        })
        .from(libraryPackageVersions)
        .where(
          and(
            eq(libraryPackageVersions.orgId, orgId),
            eq(libraryPackageVersions.packageId, packageId),
            eq(libraryPackageVersions.version, version),
          ),
        );
      return v;
    }),
  );
  if (!older || !newer) throw notFound('No such version');
  const notes = await db
    .select(versionEntryColumns)
    .from(libraryPackageVersions)
    .leftJoin(
      people,
      and(eq(people.orgId, libraryPackageVersions.orgId), eq(people.id, libraryPackageVersions.authorId)),
    )
    .where(
      and(
        eq(libraryPackageVersions.orgId, orgId),
        eq(libraryPackageVersions.packageId, packageId),
        gt(libraryPackageVersions.version, from),
        lte(libraryPackageVersions.version, to),
      ),
    )
    .orderBy(desc(libraryPackageVersions.version));
  return {
    from,
    to,
    notes: notes.map(presentVersion),
    lines: changedOnly(diffLines(versionText(older), versionText(newer))),
  };
}
