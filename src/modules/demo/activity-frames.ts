import type { frameItems, frames } from '../framing/schema.js';
import { DEMO_PEOPLE, type DemoUnitKey } from './data.js';
import { day, FRESH, LEADER_OF, LEADERLESS, local, SECTOR } from './activity-parts.js';
import * as T from './activity-texts.js';

/** The published frames, one per institution, for the year that ends in eleven months; their items' ids by sector. */
export function demoFrames(
  rows: { frames: (typeof frames.$inferInsert)[]; items: (typeof frameItems.$inferInsert)[] },
  ctx: {
    orgId: string;
    unitIds: Map<DemoUnitKey, string>;
    pid: (name: string) => string;
    id: () => string;
    yearStart: Date;
    published: Date;
  },
): Map<T.Sector, string[]> {
  const { orgId, unitIds, pid, id, yearStart, published } = ctx;
  const frameItemIds = new Map<T.Sector, string[]>();
  const frameOwners: [T.Sector, DemoUnitKey, string][] = [
    ['daycare', 'daycare', 'Lone Mikkelsen'],
    ['school', 'school', 'Thomas Bach'],
    ['care', 'care', 'Birgitte Lund'],
  ];
  for (const [sector, unit, leader] of frameOwners) {
    const f = T.DEMO_FRAMES[sector as 'daycare'];
    const frameId = id();
    const end = new Date(Date.UTC(yearStart.getUTCFullYear() + 1, yearStart.getUTCMonth(), 0));
    rows.frames.push({
      id: frameId,
      orgId,
      unitId: unitIds.get(unit)!,
      title: f.title,
      intro: f.intro,
      periodStart: day(yearStart),
      periodEnd: end.toISOString().slice(0, 10),
      publishedAt: published,
      createdBy: pid(leader),
      version: 2,
      createdAt: published,
      updatedAt: published,
    });
    const ids = f.items.map(() => id());
    f.items.forEach((item, position) =>
      rows.items.push({
        id: ids[position]!,
        orgId,
        frameId,
        kind: item.kind,
        title: item.title,
        description: item.description,
        position,
      }),
    );
    frameItemIds.set(sector, ids);
  }

  return frameItemIds;
}

/** Who has a development record in the demo year (see the comment inside). */
export function demoSubjects(quietAccounts: boolean) {
  // Everyone with a development record: the staff (not Sofie), the three institution leaders and,
  // last (so no one else's year moves), those with no leader in the demo (activity-parts.ts LEADERLESS).
  const staff = DEMO_PEOPLE.flatMap((p) => {
    if (quietAccounts && FRESH.has(local(p.name))) return [];
    const role = p.roles.find((r) => r.role === 'employee' || r.role === 'leader');
    if (!role || !(role.unit in LEADER_OF)) return [];
    const sector: T.Sector = role.role === 'leader' ? 'leader' : SECTOR[role.unit]!;
    return [
      {
        name: p.name,
        unit: role.unit,
        sector,
        leader: LEADER_OF[role.role === 'leader' ? 'daycare' : role.unit] as string | null,
      },
    ];
  });
  return [
    ...staff,
    ...LEADERLESS.map(({ name, unit, sector }) => ({ name, unit, sector, leader: null as string | null })),
  ];
}
