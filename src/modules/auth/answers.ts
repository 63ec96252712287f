import { z } from 'zod';
import { id, instant } from '../../shared/answers.js';
import { LOCALES, ROLES } from '../../shared/roles.js';

// The answers of /api/auth: declared by the routes, returned by the services, read by the screens.

/** The signed-in person, their organisation, memberships and abilities. */
export const meAnswer = z.object({
  person: z.object({
    id,
    name: z.string(),
    email: z.string().nullable(),
    locale: z.enum(LOCALES),
    jobTitle: z.string().nullable(),
  }),
  organisation: z.object({
    id,
    name: z.string(),
    slug: z.string(),
    accessibilityUrl: z.string().nullable(),
  }),
  memberships: z.array(z.object({ unitId: id, unitName: z.string(), role: z.enum(ROLES) })),
  /** What the navigation may show; the server enforces the same rules on every route. */
  abilities: z.object({
    administer: z.boolean(),
    manageOrganisation: z.boolean(),
    lead: z.boolean(),
    viewOutbox: z.boolean(),
    readCoverage: z.boolean(),
  }),
});
export type Me = z.infer<typeof meAnswer>;

/** Who a mailed link is for, so the page can say it before a password is chosen. */
export const linkSummaryAnswer = z.object({
  kind: z.enum(['invite', 'reset']),
  personName: z.string(),
  organisationName: z.string(),
});
export type LinkSummary = z.infer<typeof linkSummaryAnswer>;

/** An invitation was mailed; its link works until `expiresAt`. */
export const invitationAnswer = z.object({ ok: z.literal(true), expiresAt: instant });
export type InvitationAnswer = z.infer<typeof invitationAnswer>;
