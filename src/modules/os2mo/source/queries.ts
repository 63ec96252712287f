import { z } from 'zod';
import type { Os2moPhase } from '../constants.js';

/*
 * The queries MUP sends, in OS2mo's GraphQL schema (v22): each collection paged with `limit` and
 * `cursor`, each object's `current` registration (null when it is not valid today), and the
 * answer normalised to the little a sync needs. An object that does not have OS2mo's shape makes
 * the whole page malformed, so nothing half-read is ever applied.
 */

const page = (collection: string, fields: string) => `query Mup_${collection}($limit: int, $cursor: Cursor) {
  ${collection}(limit: $limit, cursor: $cursor) {
    page_info { next_cursor }
    objects { uuid current { ${fields} } }
  }
}`;

export const QUERIES: Record<Os2moPhase, string> = {
  org_units: page('org_units', 'name user_key parent { uuid } validity { from to }'),
  employees: page('employees', 'user_key name addresses { name address_type { scope } }'),
  engagements: page(
    'engagements',
    'person { uuid } org_unit { uuid } job_function { name } validity { from to }',
  ),
  managers: page('managers', 'person { uuid } org_unit { uuid } validity { from to }'),
};

const uuidRef = z.object({ uuid: z.string().min(1) });
const validity = z.object({ from: z.string().nullable(), to: z.string().nullable().optional() });

const currents = {
  org_units: z.object({
    name: z.string(),
    user_key: z.string().nullable().optional(),
    parent: uuidRef.nullable(),
    validity,
  }),
  employees: z.object({
    user_key: z.string().nullable(),
    name: z.string(),
    addresses: z.array(
      z.object({ name: z.string().nullable(), address_type: z.object({ scope: z.string().nullable() }) }),
    ),
  }),
  engagements: z.object({
    person: z.array(uuidRef).min(1),
    org_unit: z.array(uuidRef).min(1),
    job_function: z.object({ name: z.string() }).nullable(),
    validity,
  }),
  // A vacant manager post has no person.
  managers: z.object({ person: z.array(uuidRef).nullable(), org_unit: z.array(uuidRef).min(1), validity }),
};

export interface SourceUnit {
  uuid: string;
  name: string;
  parent: string | null;
}
export interface SourceEmployee {
  uuid: string;
  /** OS2mo's user key (the employee number); the uuid when it has none. */
  number: string;
  name: string;
  email: string | null;
}
export interface SourceEngagement {
  person: string;
  unit: string;
  jobTitle: string | null;
}
export interface SourceManager {
  person: string;
  unit: string;
}
export type SourceItem = SourceUnit | SourceEmployee | SourceEngagement | SourceManager;

function pageSchema<T extends z.ZodType>(collection: string, current: T) {
  return z.object({
    [collection]: z.object({
      page_info: z.object({ next_cursor: z.string().nullable() }),
      objects: z.array(z.object({ uuid: z.string().min(1), current: current.nullable() })),
    }),
  });
}

/** A page's objects as the sync uses them, and the cursor of the next page; throws a ZodError when malformed. */
export function readPage(phase: Os2moPhase, data: unknown): { items: SourceItem[]; next: string | null } {
  const parsed = pageSchema(phase, currents[phase]).parse(data) as Record<
    string,
    { page_info: { next_cursor: string | null }; objects: { uuid: string; current: unknown }[] }
  >;
  const { page_info, objects } = parsed[phase]!;
  const live = objects.filter((o) => o.current !== null);
  const items: SourceItem[] = [];
  for (const o of live) {
    if (phase === 'org_units') {
      const c = o.current as z.infer<(typeof currents)['org_units']>;
      items.push({ uuid: o.uuid, name: c.name, parent: c.parent?.uuid ?? null });
    } else if (phase === 'employees') {
      const c = o.current as z.infer<(typeof currents)['employees']>;
      const email = c.addresses.find((a) => a.address_type.scope === 'EMAIL' && a.name)?.name ?? null;
      items.push({ uuid: o.uuid, number: c.user_key || o.uuid, name: c.name, email });
    } else if (phase === 'engagements') {
      const c = o.current as z.infer<(typeof currents)['engagements']>;
      items.push({
        person: c.person[0]!.uuid,
        unit: c.org_unit[0]!.uuid,
        jobTitle: c.job_function?.name ?? null,
      });
    } else {
      const c = o.current as z.infer<(typeof currents)['managers']>;
      const person = c.person?.[0]?.uuid;
      if (person) items.push({ person, unit: c.org_unit[0]!.uuid });
    }
  }
  return { items, next: page_info.next_cursor };
}
