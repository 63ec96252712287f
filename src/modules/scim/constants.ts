/** Roles a SCIM group may give in a unit. Administrator and HR rights are never provisioned. */
export const GROUP_ROLES = ['employee', 'leader'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export const GRANT_KINDS = ['unit', 'team'] as const;

/** How long a new token is valid, in days: the admin picks, within these bounds. */
export const TOKEN_DAYS = { min: 30, max: 730, default: 365 } as const;

/** Where the SCIM API lives, outside /api: it answers bearer tokens, never sessions. */
export const SCIM_BASE_PATH = '/scim/v2';
