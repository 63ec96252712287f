// zod/mini: the people route checks its address in the first chunk, which the full library would double.
import { z } from 'zod/mini';
import { LIMITS } from '../../../../shared/limits';
import { ROLES } from '../../../../shared/roles';

const loose = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

/** The people list's filters live in the address, so a filtered list can be bookmarked and shared. */
export const peopleSearch = z.object({
  query: loose(z.string().check(z.maxLength(LIMITS.shortText))),
  unitId: loose(z.uuid()),
  role: loose(z.enum(ROLES)),
  inactive: loose(z.boolean()),
  page: loose(z.int().check(z.minimum(1))),
});
export type PeopleSearch = z.infer<typeof peopleSearch>;
