// The competence module's web door: the built-in licence texts the licence screens show.
export { LICENCE_LEVELS } from '../content/types';
export type { LicenceLevel, Localized } from '../content/types';
export {
  EXPIRY_WARNING_DAYS,
  LICENCE_INTRO,
  LICENCE_LEVEL_TEXTS,
  LICENCE_STATUS_TEXTS,
  NOT_YET_NOTE,
  NOT_YET_PHRASES,
  PRACTICE_REVIEW_FIELDS,
  REVIEW_DECISION_TEXTS,
} from '../content/licences';
