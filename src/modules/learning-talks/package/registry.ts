import type { SignedInContext } from '../../../server/http/context.js';
import type { PackageSection } from '../answers.js';

/*
 * The data package of a learning conversation is a list of sections, each assembled by a source
 * from what the unit already did. A module adds its section by registering a source here (at
 * assembly, in src/server/routes.ts, or in package/sections.ts): the conversation never needs to
 * know the module. A source answers null when it has nothing to show for the unit.
 */

export interface PackageScope {
  orgId: string;
  unitId: string;
  /** The period the package covers, as calendar days. */
  from: string;
  to: string;
}

export interface PackageSource {
  /** Stable key, also the key of the section's texts in the screens' catalogue. */
  key: string;
  /** Lower first. */
  order: number;
  load: (ctx: SignedInContext, scope: PackageScope) => Promise<Omit<PackageSection, 'key'> | null>;
}

const sources = new Map<string, PackageSource>();

/** Adds (or replaces, by key) a section source. */
export function addPackageSource(source: PackageSource) {
  sources.set(source.key, source);
}

/** Every section with something to show, in order. */
export async function assemblePackage(ctx: SignedInContext, scope: PackageScope): Promise<PackageSection[]> {
  const ordered = [...sources.values()].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
  const out: PackageSection[] = [];
  for (const source of ordered) {
    const section = await source.load(ctx, scope);
    if (section) out.push({ key: source.key, ...section });
  }
  return out;
}

/** A section without progression, for sources that only count and list. */
export const section = (
  facts: { key: string; value: number }[],
  items: { title: string; detail: string | null }[] = [],
): Omit<PackageSection, 'key'> => ({ facts, items, progression: null });
