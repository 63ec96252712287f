import type { Role } from '../../shared/roles.js';

/*
 * The role lists the relationships read, one per notion. HR and org admin memberships appear in
 * none of them: they give configuration and aggregates, never content (PRODUCT.md).
 */

/**
 * A unit's staff: the memberships that place a person under the unit's leaders, and so give them
 * a nearest leader (a leader of a unit is led by the layer above). Nearest leaders, the people a
 * leader leads and the leader's overview read this list.
 */
export const LED_ROLES = ['employee', 'resource_person', 'leader'] as const satisfies readonly Role[];

/**
 * A unit's people: its staff and the learning partners who work with it. They read what a unit
 * shares with its people — its forums, lever plans and published frames — in their units and the
 * units above them.
 */
export const UNIT_PEOPLE_ROLES = [...LED_ROLES, 'learning_partner'] as const satisfies readonly Role[];

/**
 * Those who lead a team conversation (TUS) or facilitate a unit's forum: a leader or a resource
 * person (fagligt fyrtårn, vejleder) — PRODUCT.md's facilitators.
 */
export const FACILITATOR_ROLES = ['leader', 'resource_person'] as const satisfies readonly Role[];

/** A role list as SQL text, for `m.role in (…)` inside a relation's text. */
export const rolesText = (roles: readonly Role[]) => roles.map((r) => `'${r}'`).join(', ');
