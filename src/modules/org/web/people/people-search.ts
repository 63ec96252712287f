import { LIMITS } from '../../../../shared/limits';
import { ROLES, type Role } from '../../../../shared/roles';
import {
  booleanParam,
  integerParam,
  oneOfParam,
  textParam,
  uuidParam,
  type Search,
} from '../../../../web/lib/search-params';

/** The people list's filters live in the address, so a filtered list can be bookmarked and shared. */
export interface PeopleSearch {
  query?: string | undefined;
  unitId?: string | undefined;
  role?: Role | undefined;
  inactive?: boolean | undefined;
  page?: number | undefined;
}

export function peopleSearch(search: Search): PeopleSearch {
  return {
    query: textParam(search, 'query', LIMITS.shortText),
    unitId: uuidParam(search, 'unitId'),
    role: oneOfParam(search, 'role', ROLES),
    inactive: booleanParam(search, 'inactive'),
    page: integerParam(search, 'page', 1),
  };
}
