import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits';
import { ROLES } from '../../../../shared/roles';

/** The people list's filters live in the address, so a filtered list can be bookmarked and shared. */
export const peopleSearch = z.object({
  query: z.string().max(LIMITS.shortText).optional().catch(undefined),
  unitId: z.uuid().optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  inactive: z.boolean().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type PeopleSearch = z.infer<typeof peopleSearch>;
